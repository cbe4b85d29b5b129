//! Reading someone's card from a picture of it, here on the device: a PNG or JPEG decoded in
//! pure Rust (`png`, `zune-jpeg`), its QR code found and read (`rqrr`), and the text in it read
//! as a card ([`super::read_card_text`]). Nothing is sent anywhere.
//!
//! A picture is outside input: its size is checked before anything is decoded, its width and
//! height are read from its header and checked before its pixels are, and every failure is a
//! [`CardProblem`] with its own calm sentence.

use crate::{content::Content, error::CardProblem, Error};

use super::AftercareCard;

/// The largest picture file read (16 MiB): a photo from a phone is a few MiB.
pub const MAX_IMAGE_BYTES: usize = 16 << 20;
/// The most pixels decoded (40 megapixels): more than most phone cameras save.
pub const MAX_IMAGE_PIXELS: u64 = 40_000_000;
/// The longest side a picture is searched at; a larger one is scaled down first (a QR code
/// that fills a twentieth of a 40-megapixel photo still has modules of several pixels).
const SEARCH_SIDE: usize = 2048;

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
const JPEG_START: &[u8] = &[0xff, 0xd8, 0xff];

/// A picture in shades of grey, one byte a pixel, row by row.
struct Grey {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

/// Reads the card in a PNG or JPEG picture of it, as [`read_card_text`](super::read_card_text)
/// reads the text its QR code holds.
///
/// Errors: [`Error::UnreadableCard`] with the [`CardProblem`]; nothing else.
pub fn read_card_image(bytes: &[u8], content: &Content) -> Result<AftercareCard, Error> {
    let text = qr_text(bytes)?;
    super::read_card_text(&text, content)
}

/// The text of the one QR code in a PNG or JPEG picture.
pub fn qr_text(bytes: &[u8]) -> Result<String, Error> {
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err(CardProblem::TooLarge.into());
    }
    let grey = if bytes.starts_with(PNG_SIGNATURE) {
        decode_png(bytes)?
    } else if bytes.starts_with(JPEG_START) {
        decode_jpeg(bytes)?
    } else {
        return Err(CardProblem::NotAnImage.into());
    };
    find_code(&scaled_for_search(grey))
}

fn check_size(width: u64, height: u64) -> Result<(), Error> {
    if width == 0 || height == 0 {
        return Err(CardProblem::DamagedImage.into());
    }
    if width.saturating_mul(height) > MAX_IMAGE_PIXELS {
        return Err(CardProblem::TooManyPixels.into());
    }
    Ok(())
}

fn decode_png(bytes: &[u8]) -> Result<Grey, Error> {
    // The width and height from the header (IHDR, first after the signature) before anything
    // is decoded.
    let header = bytes.get(8..24).ok_or(CardProblem::DamagedImage)?;
    if &header[4..8] != b"IHDR" {
        return Err(CardProblem::DamagedImage.into());
    }
    let be = |at: usize| u64::from(u32::from_be_bytes(header[at..at + 4].try_into().unwrap()));
    check_size(be(8), be(12))?;
    let damaged = |_| Error::from(CardProblem::DamagedImage);
    let mut decoder = png::Decoder::new_with_limits(
        std::io::Cursor::new(bytes),
        png::Limits {
            bytes: (MAX_IMAGE_PIXELS * 4 + (1 << 20)) as usize,
        },
    );
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(damaged)?;
    let (width, height) = (reader.info().width as usize, reader.info().height as usize);
    check_size(width as u64, height as u64)?;
    let size = reader
        .output_buffer_size()
        .ok_or(CardProblem::TooManyPixels)?;
    let mut buffer = vec![0; size];
    let info = reader.next_frame(&mut buffer).map_err(damaged)?;
    let channels = info.color_type.samples();
    let stride = info.line_size;
    let mut pixels = Vec::with_capacity(width * height);
    for row in buffer.chunks(stride).take(height) {
        for pixel in row.chunks(channels).take(width) {
            pixels.push(luma(pixel));
        }
    }
    if pixels.len() != width * height {
        return Err(CardProblem::DamagedImage.into());
    }
    Ok(Grey {
        width,
        height,
        pixels,
    })
}

/// One pixel of grey, grey and alpha, RGB or RGBA as grey, over white where it is transparent
/// (a code drawn on a transparent background reads as drawn on paper).
fn luma(pixel: &[u8]) -> u8 {
    let (grey, alpha) = match *pixel {
        [g] => (u32::from(g), 255),
        [g, a] => (u32::from(g), u32::from(a)),
        [r, g, b] => (
            (299 * u32::from(r) + 587 * u32::from(g) + 114 * u32::from(b)) / 1000,
            255,
        ),
        [r, g, b, a] => (
            (299 * u32::from(r) + 587 * u32::from(g) + 114 * u32::from(b)) / 1000,
            u32::from(a),
        ),
        _ => (255, 255),
    };
    ((grey * alpha + 255 * (255 - alpha)) / 255) as u8
}

fn decode_jpeg(bytes: &[u8]) -> Result<Grey, Error> {
    use zune_jpeg::zune_core::{colorspace::ColorSpace, options::DecoderOptions};
    let options = DecoderOptions::default()
        .jpeg_set_out_colorspace(ColorSpace::Luma)
        // A file cut short is damage, not a picture with grey where the rest would be.
        .set_strict_mode(true)
        .set_max_width(usize::from(u16::MAX))
        .set_max_height(usize::from(u16::MAX));
    let mut decoder =
        zune_jpeg::JpegDecoder::new_with_options(std::io::Cursor::new(bytes), options);
    let damaged = |_| Error::from(CardProblem::DamagedImage);
    decoder.decode_headers().map_err(damaged)?;
    let info = decoder.info().ok_or(CardProblem::DamagedImage)?;
    let (width, height) = (usize::from(info.width), usize::from(info.height));
    check_size(width as u64, height as u64)?;
    let pixels = decoder.decode().map_err(damaged)?;
    if pixels.len() != width * height {
        return Err(CardProblem::DamagedImage.into());
    }
    Ok(Grey {
        width,
        height,
        pixels,
    })
}

/// The picture no larger than [`SEARCH_SIDE`] on its longer side: each block of pixels
/// averaged into one.
fn scaled_for_search(grey: Grey) -> Grey {
    let factor = grey.width.max(grey.height).div_ceil(SEARCH_SIDE);
    if factor <= 1 {
        return grey;
    }
    let (width, height) = (grey.width / factor, grey.height / factor);
    let mut pixels = Vec::with_capacity(width * height);
    for y in 0..height {
        for x in 0..width {
            let mut sum = 0u32;
            for dy in 0..factor {
                let row = (y * factor + dy) * grey.width;
                for dx in 0..factor {
                    sum += u32::from(grey.pixels[row + x * factor + dx]);
                }
            }
            pixels.push((sum / (factor * factor) as u32) as u8);
        }
    }
    Grey {
        width,
        height,
        pixels,
    }
}

/// The text of the one QR code found: none read is [`CardProblem::NoCode`], two or more that
/// say different things is [`CardProblem::SeveralCodes`].
fn find_code(grey: &Grey) -> Result<String, Error> {
    if grey.width == 0 || grey.height == 0 {
        return Err(CardProblem::NoCode.into());
    }
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(grey.width, grey.height, |x, y| {
            grey.pixels[y * grey.width + x]
        });
    let mut texts: Vec<String> = prepared
        .detect_grids()
        .iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect();
    texts.sort();
    texts.dedup();
    match texts.len() {
        0 => Err(CardProblem::NoCode.into()),
        1 => Ok(texts.remove(0)),
        _ => Err(CardProblem::SeveralCodes.into()),
    }
}
