//! The card as an image, made here on the device: its text, readable at a glance in any chat,
//! and a QR code holding the same text, so a phone camera can read it back as text.
//!
//! Drawn with an embedded font (DejaVu Sans, `core/assets/`), so the image looks the same on
//! every platform and nothing is asked of the system. The font is cut down to what a person
//! writing in the languages the app ships (English, Spanish, German) may type: the Latin
//! letters with their accents, punctuation and a few symbols (53 KB where the whole font took
//! 760 KB of the app; the command is in `DejaVuSans.LICENSE`). Anything else (emoji, other
//! scripts) shows as a box in the picture, and the QR code still holds it exactly
//! (`a_letter_outside_the_cards_font_draws_as_a_box_and_the_qr_code_keeps_it`).

use ab_glyph::{point, Font, FontRef, GlyphId, PxScale, ScaleFont};

use crate::Error;

const FONT: &[u8] = include_bytes!("../../assets/DejaVuSans.ttf");

const WIDTH: usize = 1080;
const MARGIN: usize = 72;
const TITLE_PX: f32 = 56.0;
const BODY_PX: f32 = 36.0;
const CAPTION_PX: f32 = 28.0;
/// Space between lines, as a share of the font size.
const LEADING: f32 = 1.4;
/// The QR code's width on the image, at most; modules stay whole pixels.
const QR_MAX_PX: usize = 520;
/// The light margin around a QR code that readers need, in modules.
const QR_QUIET: usize = 4;

const INK: Rgb = [0x3b, 0x2a, 0x24];
const MUTED: Rgb = [0x6b, 0x50, 0x47];
const PAPER: Rgb = [0xfa, 0xf4, 0xec];

type Rgb = [u8; 3];

/// Whether the card's image draws `c` as itself. Any character the embedded font lacks is
/// drawn as a box (the font's `.notdef` glyph); the QR code holds it exactly all the same.
pub fn draws_as_itself(c: char) -> bool {
    FontRef::try_from_slice(FONT).is_ok_and(|font| font.glyph_id(c).0 != 0)
}

/// The card's `text` (as [`super::AftercareCard::to_text`] writes it: a title line, then one
/// line per field) drawn on a PNG, with a QR code of the same text and `caption` under it. The
/// marker line is in the QR code only: it is for the app, not for people to read.
///
/// Errors with [`Error::Invalid`] when the text is too long for a QR code.
pub fn card_png(text: &str, caption: &str) -> Result<Vec<u8>, Error> {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .map_err(|_| {
            Error::invalid("the card is too long for a QR code; share it as text instead")
        })?;
    let font = FontRef::try_from_slice(FONT).map_err(|_| Error::invalid("image: no font"))?;
    let width = (WIDTH - 2 * MARGIN) as f32;

    // Lay out first, to know the height.
    let mut lines: Vec<(String, PxScale, Rgb, f32)> = Vec::new(); // text, size, colour, gap above
    let mut gap = 0.0;
    for (n, line) in text.lines().enumerate() {
        if super::is_marker_line(line) {
            continue;
        }
        if line.trim().is_empty() {
            gap = BODY_PX * 0.6;
            continue;
        }
        let size = PxScale::from(if n == 0 { TITLE_PX } else { BODY_PX });
        for (i, piece) in wrap(&font, size, line, width).into_iter().enumerate() {
            lines.push((piece, size, INK, if i == 0 { gap } else { 0.0 }));
        }
        gap = BODY_PX * 0.35;
    }
    let caption_size = PxScale::from(CAPTION_PX);
    let captions = wrap(&font, caption_size, caption, width);

    let modules = code.width();
    let scale = (QR_MAX_PX / (modules + 2 * QR_QUIET)).max(3);
    let qr_side = (modules + 2 * QR_QUIET) * scale;
    let text_height: f32 = lines
        .iter()
        .map(|(_, size, _, gap)| gap + size.y * LEADING)
        .sum();
    let caption_height = captions.len() as f32 * CAPTION_PX * LEADING;
    let height = MARGIN
        + text_height.ceil() as usize
        + 24
        + qr_side
        + caption_height.ceil() as usize
        + MARGIN;

    let mut canvas = Canvas::new(WIDTH, height);
    let mut top = MARGIN as f32;
    for (line, size, colour, gap) in &lines {
        top += gap;
        canvas.text(&font, *size, line, MARGIN as f32, top, *colour);
        top += size.y * LEADING;
    }
    let qr_top = top.ceil() as usize + 24;
    let qr_left = (WIDTH - qr_side) / 2;
    let colours = code.to_colors();
    for my in 0..modules {
        for mx in 0..modules {
            if colours[my * modules + mx] == qrcode::Color::Dark {
                canvas.fill(
                    qr_left + (mx + QR_QUIET) * scale,
                    qr_top + (my + QR_QUIET) * scale,
                    scale,
                    INK,
                );
            }
        }
    }
    let mut top = (qr_top + qr_side) as f32;
    for line in &captions {
        let measured = measure(&font, caption_size, line);
        canvas.text(
            &font,
            caption_size,
            line,
            (WIDTH as f32 - measured) / 2.0,
            top,
            MUTED,
        );
        top += CAPTION_PX * LEADING;
    }
    canvas.png()
}

/// Breaks `text` into lines no wider than `width`: at spaces, and inside a word only when the
/// word alone is too wide.
fn wrap(font: &FontRef<'_>, size: PxScale, text: &str, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if measure(font, size, &candidate) <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if measure(font, size, &line) > width && line.chars().count() > 1 {
                line.pop();
                lines.push(std::mem::take(&mut line));
                line.push(c);
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The width of one line of text, kerning included.
fn measure(font: &FontRef<'_>, size: PxScale, text: &str) -> f32 {
    let scaled = font.as_scaled(size);
    let mut width = 0.0;
    let mut previous: Option<GlyphId> = None;
    for c in text.chars() {
        let id = font.glyph_id(c);
        if let Some(previous) = previous {
            width += scaled.kern(previous, id);
        }
        width += scaled.h_advance(id);
        previous = Some(id);
    }
    width
}

/// An RGB picture being drawn.
struct Canvas {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

impl Canvas {
    fn new(width: usize, height: usize) -> Canvas {
        Canvas {
            width,
            height,
            pixels: PAPER.repeat(width * height),
        }
    }

    /// A square of `side` pixels at (`x`, `y`).
    fn fill(&mut self, x: usize, y: usize, side: usize, colour: Rgb) {
        for py in y..(y + side).min(self.height) {
            for px in x..(x + side).min(self.width) {
                let at = (py * self.width + px) * 3;
                self.pixels[at..at + 3].copy_from_slice(&colour);
            }
        }
    }

    /// One line of text whose line box starts at `top`.
    fn text(
        &mut self,
        font: &FontRef<'_>,
        size: PxScale,
        text: &str,
        x: f32,
        top: f32,
        colour: Rgb,
    ) {
        let scaled = font.as_scaled(size);
        let baseline =
            top + (size.y * LEADING - (scaled.ascent() - scaled.descent())) / 2.0 + scaled.ascent();
        let mut pen = x;
        let mut previous: Option<GlyphId> = None;
        for c in text.chars() {
            let id = font.glyph_id(c);
            if let Some(previous) = previous {
                pen += scaled.kern(previous, id);
            }
            let glyph = id.with_scale_and_position(size, point(pen, baseline));
            if let Some(outline) = font.outline_glyph(glyph) {
                let bounds = outline.px_bounds();
                outline.draw(|gx, gy, coverage| {
                    let px = bounds.min.x as i64 + i64::from(gx);
                    let py = bounds.min.y as i64 + i64::from(gy);
                    self.blend(px, py, coverage, colour);
                });
            }
            pen += scaled.h_advance(id);
            previous = Some(id);
        }
    }

    fn blend(&mut self, x: i64, y: i64, coverage: f32, colour: Rgb) {
        let (Ok(x), Ok(y)) = (usize::try_from(x), usize::try_from(y)) else {
            return;
        };
        if x >= self.width || y >= self.height {
            return;
        }
        let at = (y * self.width + x) * 3;
        let coverage = coverage.clamp(0.0, 1.0);
        for (channel, ink) in self.pixels[at..at + 3].iter_mut().zip(colour) {
            let mixed = f32::from(*channel) * (1.0 - coverage) + f32::from(ink) * coverage;
            *channel = mixed.round() as u8;
        }
    }

    fn png(&self) -> Result<Vec<u8>, Error> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, self.width as u32, self.height as u32);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder
            .write_header()
            .map_err(|e| Error::invalid(format!("image: {e}")))?;
        writer
            .write_image_data(&self.pixels)
            .map_err(|e| Error::invalid(format!("image: {e}")))?;
        writer
            .finish()
            .map_err(|e| Error::invalid(format!("image: {e}")))?;
        Ok(out)
    }
}
