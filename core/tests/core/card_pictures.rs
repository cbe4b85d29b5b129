//! Someone's card read from a picture of it, on the device: my own card's PNG reads back with
//! every field equal, a photo of it as a JPEG too, and a picture that is too large, not a
//! picture, cut short, without a code or with two gets its own problem, before any pixel is
//! decoded where the header already says enough.

use aftercare_core::{
    card::{card_png, qr_text, read_card_image, CardProblem, MAX_IMAGE_BYTES},
    Error,
};

use crate::{shared_card::rich_card, support::content};

const CAPTION: &str = "Point a phone camera here to read this card as text.";

fn problem<T: std::fmt::Debug>(result: Result<T, Error>) -> Option<CardProblem> {
    match result {
        Err(Error::UnreadableCard { problem }) => Some(problem),
        Err(other) => panic!("a card problem, not {other:?}"),
        Ok(_) => None,
    }
}

/// A grey picture, white to start with.
struct Canvas {
    width: usize,
    height: usize,
    grey: Vec<u8>,
}

impl Canvas {
    fn new(width: usize, height: usize) -> Canvas {
        Canvas {
            width,
            height,
            grey: vec![255; width * height],
        }
    }

    /// A QR code of `text` with its top left corner at (`x`, `y`), `scale` pixels a module.
    fn code(&mut self, text: &str, x: usize, y: usize, scale: usize) {
        let code = qrcode::QrCode::new(text.as_bytes()).unwrap();
        let modules = code.width();
        let colours = code.to_colors();
        for my in 0..modules {
            for mx in 0..modules {
                if colours[my * modules + mx] == qrcode::Color::Dark {
                    for py in 0..scale {
                        for px in 0..scale {
                            let at = (y + my * scale + py) * self.width + x + mx * scale + px;
                            self.grey[at] = 20;
                        }
                    }
                }
            }
        }
    }

    fn png(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, self.width as u32, self.height as u32);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&self.grey).unwrap();
        writer.finish().unwrap();
        out
    }

    fn jpeg(&self, quality: u8) -> Vec<u8> {
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
            .encode(
                &self.grey,
                self.width as u32,
                self.height as u32,
                image::ExtendedColorType::L8,
            )
            .unwrap();
        out
    }
}

/// My card's image, as "Save as an image" writes it.
fn my_card_png() -> Vec<u8> {
    card_png(&rich_card().to_text(content()), CAPTION).unwrap()
}

#[test]
fn my_cards_image_reads_back_as_their_card_with_every_field_equal() {
    let read = read_card_image(&my_card_png(), content()).unwrap();
    assert_eq!(read, rich_card().normalized(content()));
}

#[test]
fn a_photo_of_a_card_read_as_a_jpeg_gives_the_same_card() {
    // The card's image, made smaller (as a photo of a screen would be) on a larger, darker
    // ground, saved as a JPEG: what a phone's camera roll holds.
    let png = my_card_png();
    let mut reader = png::Decoder::new(std::io::Cursor::new(&png[..]))
        .read_info()
        .unwrap();
    let mut rgb = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut rgb).unwrap();
    let (w, h) = (info.width as usize, info.height as usize);
    let mut photo = Canvas::new(w * 3 / 4 + 200, h * 3 / 4 + 300);
    photo.grey.fill(90);
    for y in 0..h * 3 / 4 {
        for x in 0..w * 3 / 4 {
            let (sx, sy) = (x * 4 / 3, y * 4 / 3);
            let p = &rgb[(sy * w + sx) * 3..(sy * w + sx) * 3 + 3];
            let grey = (u32::from(p[0]) + u32::from(p[1]) + u32::from(p[2])) / 3;
            photo.grey[(y + 150) * photo.width + x + 100] = grey as u8;
        }
    }
    let jpeg = photo.jpeg(80);
    assert!(jpeg.starts_with(&[0xff, 0xd8]));
    let read = read_card_image(&jpeg, content()).unwrap();
    assert_eq!(read, rich_card().normalized(content()));
}

#[test]
fn a_big_picture_is_searched_scaled_down_and_still_read() {
    // 4,000 by 3,000 pixels, the code a sixth of it across: a photo from a phone's camera.
    let text = rich_card().to_text(content());
    let mut photo = Canvas::new(4000, 3000);
    photo.code(&text, 1500, 1000, 10);
    assert_eq!(qr_text(&photo.jpeg(85)).unwrap(), text);
}

#[test]
fn a_picture_that_is_no_readable_card_gets_its_own_problem() {
    let card = rich_card().to_text(content());
    let mut two = Canvas::new(900, 450);
    two.code(&card, 20, 20, 4);
    two.code("https://example.org/a-poster", 560, 40, 6);
    let mut twice = Canvas::new(900, 450);
    twice.code(&card, 20, 20, 4);
    twice.code(&card, 460, 20, 4);
    let mut other = Canvas::new(300, 300);
    other.code("https://example.org/a-poster", 40, 40, 6);
    let blank = Canvas::new(400, 300);
    let png = my_card_png();
    let jpeg = two.jpeg(90);
    // A PNG whose header asks for 10,000 × 10,000 pixels: refused from the header alone.
    let mut huge = png[..33].to_vec();
    huge[16..20].copy_from_slice(&10_000u32.to_be_bytes());
    huge[20..24].copy_from_slice(&10_000u32.to_be_bytes());
    let mut oversized = png.clone();
    oversized.resize(MAX_IMAGE_BYTES + 1, 0);

    let cases: Vec<(&str, Vec<u8>, Option<CardProblem>)> = vec![
        ("my card", png.clone(), None),
        ("the same code twice", twice.png(), None),
        (
            "two different codes",
            two.png(),
            Some(CardProblem::SeveralCodes),
        ),
        (
            "two different codes, as a JPEG",
            jpeg.clone(),
            Some(CardProblem::SeveralCodes),
        ),
        (
            "a code that is not a card",
            other.png(),
            Some(CardProblem::NotACard),
        ),
        ("no code", blank.png(), Some(CardProblem::NoCode)),
        (
            "no code, as a JPEG",
            blank.jpeg(90),
            Some(CardProblem::NoCode),
        ),
        ("too many pixels", huge, Some(CardProblem::TooManyPixels)),
        ("too many bytes", oversized, Some(CardProblem::TooLarge)),
        (
            "a PNG cut in half",
            png[..png.len() / 2].to_vec(),
            Some(CardProblem::DamagedImage),
        ),
        (
            "a JPEG cut in half",
            jpeg[..jpeg.len() / 2].to_vec(),
            Some(CardProblem::DamagedImage),
        ),
        (
            "only a PNG's signature",
            png[..8].to_vec(),
            Some(CardProblem::DamagedImage),
        ),
        (
            "a GIF",
            b"GIF89a\x01\x00\x01\x00".to_vec(),
            Some(CardProblem::NotAnImage),
        ),
        (
            "text",
            b"aftercare-card v1; needs=water".to_vec(),
            Some(CardProblem::NotAnImage),
        ),
        ("nothing", Vec::new(), Some(CardProblem::NotAnImage)),
    ];
    for (what, bytes, expected) in cases {
        assert_eq!(
            problem(read_card_image(&bytes, content())),
            expected,
            "{what}"
        );
    }
}
