//! QR codes as PNG images: invitation and event links go onto paper and
//! slides, and a phone camera is the quickest way into a chat.

use qrcode::{Color, EcLevel, QrCode};

/// Pixels per module: about 8 mm per 100 px printed at 300 dpi, enough for
/// a phone at arm's length.
const SCALE: usize = 8;

/// Light modules around the code, as the standard asks.
const QUIET: usize = 4;

/// Why no image could be made (a text too long for any QR version).
#[derive(Debug, thiserror::Error)]
#[error("cannot make a QR code: {0}")]
pub struct QrError(String);

/// The text as a black-on-white QR code (error correction M), grey-scale PNG.
pub fn png(text: &str) -> Result<Vec<u8>, QrError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|e| QrError(e.to_string()))?;
    let modules = code.width();
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET) * SCALE;
    let mut pixels = vec![255u8; side * side];
    for (i, color) in colors.iter().enumerate() {
        if *color != Color::Dark {
            continue;
        }
        let (x, y) = ((i % modules + QUIET) * SCALE, (i / modules + QUIET) * SCALE);
        for row in y..y + SCALE {
            pixels[row * side + x..row * side + x + SCALE].fill(0);
        }
    }
    let mut out = Vec::new();
    let size = u32::try_from(side).map_err(|e| QrError(e.to_string()))?;
    let mut encoder = png::Encoder::new(&mut out, size, size);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    encoder
        .write_header()
        .and_then(|mut w| w.write_image_data(&pixels))
        .map_err(|e| QrError(e.to_string()))?;
    Ok(out)
}

/// Decodes a PNG made by [`png`] with a QR reader (rqrr), as a phone would.
#[cfg(test)]
pub(crate) fn read(data: &[u8]) -> String {
    let decoder = png::Decoder::new(std::io::Cursor::new(data));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    let (w, h) = (info.width as usize, info.height as usize);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| pixels[y * w + x]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code in the image");
    grids[0].decode().unwrap().1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_png_a_qr_reader_reads_back() {
        for link in [
            "https://t.me/mitreden_bot?start=0123456789abcdef0123456789abcdef",
            "https://t.me/mitreden_bot?start=lebensbildung-digital__workshop-dortmund",
        ] {
            assert_eq!(read(&png(link).unwrap()), link);
        }
    }

    #[test]
    fn a_text_too_long_for_any_code_is_an_error() {
        assert!(png(&"x".repeat(5000)).is_err());
    }
}
