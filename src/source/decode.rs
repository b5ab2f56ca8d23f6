//! Bytes → text: BOMs, UTF-8, UTF-16 without BOM, ISO-2022-JP, Shift_JIS
//! and EUC-JP (told apart by `chardetng`), and line endings.
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, EUC_JP, ISO_2022_JP, SHIFT_JIS, UTF_16BE, UTF_16LE};

/// Why bytes could not be decoded, with the line where known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// 1-based line of the first undecodable bytes, when known.
    pub line: Option<usize>,
    /// Japanese reason for drafters.
    pub message: String,
}

/// The encoding a file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceEncoding {
    /// UTF-8 without a BOM.
    Utf8,
    /// UTF-8 with a BOM (as Windows Notepad saves it).
    Utf8Bom,
    /// UTF-16 little-endian (with or without a BOM).
    Utf16Le,
    /// UTF-16 big-endian (with or without a BOM).
    Utf16Be,
    /// Shift_JIS (read as Windows-31J, which covers its vendor characters).
    ShiftJis,
    /// EUC-JP.
    EucJp,
    /// ISO-2022-JP (JIS, as old mail and some web pages are).
    Iso2022Jp,
}

/// Share of characters that must be ordinary Japanese text (kana, kanji,
/// full-width forms, printable ASCII, line breaks) for BOM-less bytes with
/// NULs to be taken as UTF-16: text read in the wrong byte order, or a
/// binary file, is mostly unassigned or CJK-extension noise.
const UTF16_PLAUSIBLE_SHARE: f64 = 0.9;

/// Decodes bytes: BOM (UTF-8, UTF-16 LE/BE) first, then UTF-16 without BOM,
/// ISO-2022-JP (escape sequences), valid UTF-8, then Shift_JIS or EUC-JP as
/// `chardetng` guesses, refusing any malformed byte. A file that is UTF-8
/// but for a few bytes is reported on the line that holds the first one.
/// Binary data (NUL bytes, control characters) is refused.
pub fn decode(bytes: &[u8]) -> Result<(String, SourceEncoding), DecodeError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let kind = if encoding == UTF_16LE {
            SourceEncoding::Utf16Le
        } else if encoding == UTF_16BE {
            SourceEncoding::Utf16Be
        } else {
            SourceEncoding::Utf8Bom
        };
        return strict(encoding, &bytes[bom_len..], kind);
    }
    if bytes.contains(&0) {
        return match utf16_without_bom(bytes) {
            Some(kind) => {
                let encoding = if kind == SourceEncoding::Utf16Le { UTF_16LE } else { UTF_16BE };
                strict(encoding, bytes, kind).map_err(|e| DecodeError {
                    message: format!("BOM のない UTF-16 のようですが、読めないバイト列があります（{}）", e.message),
                    ..e
                })
            }
            None => Err(DecodeError {
                line: None,
                message: "バイナリファイルです（NUL バイトを含みます）".to_string(),
            }),
        };
    }
    if bytes.is_ascii() && bytes.windows(3).any(|w| w[0] == 0x1b && (w[1] == b'$' || w[1] == b'(')) {
        return strict(ISO_2022_JP, bytes, SourceEncoding::Iso2022Jp);
    }
    // simdutf8 validates Japanese (three-byte) text several times faster
    // than std, and its `compat` error says where the text breaks as std's does.
    let utf8_error = match simdutf8::compat::from_utf8(bytes) {
        Ok(text) => return check_text(text.to_string()).map(|t| (t, SourceEncoding::Utf8)),
        Err(e) => e,
    };
    let valid = &bytes[..utf8_error.valid_up_to()];
    // Japanese text already read as UTF-8 before the bad byte: a UTF-8 file
    // with a broken byte, not another encoding.
    if std::str::from_utf8(valid).is_ok_and(|t| t.chars().any(|c| c as u32 >= 0x3000)) {
        return Err(DecodeError {
            line: Some(line_of(bytes, utf8_error.valid_up_to())),
            message:
                "UTF-8 として読めないバイト列があります（ファイルの一部が壊れているか、別の文字コードが混ざっています）"
                    .to_string(),
        });
    }
    // Shift_JIS and EUC-JP: often both decode; Japanese prose is full of
    // hiragana in the right one. chardetng breaks a tie; Shift_JIS (the
    // office default) wins one chardetng cannot break (e.g. kana only).
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Allow);
    detector.feed(bytes, true);
    let guess = detector.guess(Some(b"jp"), Utf8Detection::Allow);
    let hiragana = |text: &str| text.chars().filter(|c| ('\u{3041}'..='\u{309f}').contains(c)).count();
    match (strict(EUC_JP, bytes, SourceEncoding::EucJp), strict(SHIFT_JIS, bytes, SourceEncoding::ShiftJis)) {
        (Ok(euc), Ok(sjis)) => {
            let (e, s) = (hiragana(&euc.0), hiragana(&sjis.0));
            Ok(if e > s || (e == s && e > 0 && guess == EUC_JP) { euc } else { sjis })
        }
        (Ok(euc), Err(_)) => Ok(euc),
        (Err(_), Ok(sjis)) => Ok(sjis),
        (Err(_), Err(e)) => Err(DecodeError {
            message: "文字コードを判定できません（UTF-8・Shift_JIS・EUC-JP・ISO-2022-JP のどれでもないバイト列）"
                .to_string(),
            ..e
        }),
    }
}

/// Decodes with `encoding`, refusing the first malformed byte (with its line).
fn strict(
    encoding: &'static Encoding,
    bytes: &[u8],
    kind: SourceEncoding,
) -> Result<(String, SourceEncoding), DecodeError> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len() * 3 + 16);
    let mut text = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => check_text(text).map(|t| (t, kind)),
        encoding_rs::DecoderResult::Malformed(_, _) => Err(DecodeError {
            line: Some(text.matches('\n').count() + 1),
            message: format!("{} として読めないバイト列があります（{}バイト目付近）", encoding.name(), read),
        }),
        encoding_rs::DecoderResult::OutputFull => {
            Err(DecodeError { line: None, message: format!("{} の変換に失敗しました", encoding.name()) })
        }
    }
}

/// UTF-16 without BOM: the byte order in which the text reads as Japanese.
fn utf16_without_bom(bytes: &[u8]) -> Option<SourceEncoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let plausible = |encoding: &'static Encoding| {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if had_errors {
            return 0.0;
        }
        let total = text.chars().count().max(1) as f64;
        let ordinary = text
            .chars()
            .filter(|&c| {
                matches!(c, '\n' | '\r' | '\t' | ' '..='~' | '\u{3000}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
            })
            .count() as f64;
        ordinary / total
    };
    [(UTF_16LE, SourceEncoding::Utf16Le), (UTF_16BE, SourceEncoding::Utf16Be)]
        .into_iter()
        .find(|(encoding, _)| plausible(encoding) >= UTF16_PLAUSIBLE_SHARE)
        .map(|(_, kind)| kind)
}

/// 1-based line of byte offset `at` (any of LF, CRLF, CR ends a line).
fn line_of(bytes: &[u8], at: usize) -> usize {
    let head = &bytes[..at.min(bytes.len())];
    let lf = head.iter().filter(|b| **b == b'\n').count();
    let lone_cr = head.windows(2).filter(|w| w[0] == b'\r' && w[1] != b'\n').count();
    lf + lone_cr + 1
}

/// Refuses text full of control characters (a binary file that happened to decode).
fn check_text(text: String) -> Result<String, DecodeError> {
    let control = control_chars(&text);
    if control > 0 && control * 100 > text.chars().count().max(1) {
        return Err(DecodeError {
            line: None, message: "バイナリファイルです（制御文字を多く含みます）".to_string()
        });
    }
    Ok(text)
}

/// How many control characters (Unicode's Cc) other than line ends, tab
/// and form feed `text` holds, counted on its bytes (a third of the time
/// of reading a file when counted by `char`): U+0000–U+001F and U+007F are
/// one byte each, U+0080–U+009F the two bytes C2 80–C2 9F.
fn control_chars(text: &str) -> usize {
    let bytes = text.as_bytes();
    // Counted per 64-byte chunk into a u8 with bitwise tests, which the
    // compiler vectorises (a filtered count was a third of decoding).
    let is_c0 = |b: u8| ((b < 0x20) & (b != b'\n') & (b != b'\r') & (b != b'\t') & (b != 0x0c)) | (b == 0x7f);
    let ascii: usize =
        bytes.chunks(64).map(|chunk| usize::from(chunk.iter().fold(0u8, |n, &b| n + u8::from(is_c0(b))))).sum();
    let c1 = memchr::memchr_iter(0xc2, bytes)
        .filter(|&i| bytes.get(i + 1).is_some_and(|b| (0x80..=0x9f).contains(b)))
        .count();
    ascii + c1
}

/// CR-only (old Mac) and mixed line endings become LF; CRLF is kept, as
/// `str::lines` reads it.
pub fn normalize_line_endings(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    if !bytes.contains(&b'\r') {
        return std::borrow::Cow::Borrowed(text);
    }
    let lone_cr = bytes.iter().enumerate().any(|(i, b)| *b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
    if !lone_cr {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_counted_on_the_bytes_as_by_char() {
        let by_char =
            |text: &str| text.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')).count();
        // Every character up to U+07FF (one and two bytes), then Japanese
        // text, symbols and characters outside the BMP around them.
        let mut text: String = (0..0x800).filter_map(char::from_u32).collect();
        text.push_str("第１条　個人情報の§保護（±０・°）について。\u{85}𠮷\u{9f}\u{a0}");
        assert_eq!(control_chars(&text), by_char(&text));
        // C0 but the four kept, DEL, C1, and the two C1 characters appended.
        assert_eq!(control_chars(&text), 32 - 4 + 1 + 32 + 2);
        assert_eq!(control_chars("第1条\r\n\tこの規則は\u{c}"), 0);
    }

    #[test]
    fn decodes_encodings() {
        let text = "第1条　この規則は";
        assert_eq!(decode(text.as_bytes()).unwrap(), (text.to_string(), SourceEncoding::Utf8));
        let (sjis, _, _) = SHIFT_JIS.encode(text);
        let kana = "ｱｲｳｴｵｶｷｸｹｺ".repeat(50);
        let (sjis_kana, _, _) = SHIFT_JIS.encode(&kana);
        assert_eq!(decode(&sjis_kana).unwrap().0, kana, "half-width kana triple in size");
        assert_eq!(decode(&sjis).unwrap(), (text.to_string(), SourceEncoding::ShiftJis));
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(&le).unwrap(), (text.to_string(), SourceEncoding::Utf16Le));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(decode(&be).unwrap(), (text.to_string(), SourceEncoding::Utf16Be));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend(text.as_bytes());
        assert_eq!(decode(&bom).unwrap(), (text.to_string(), SourceEncoding::Utf8Bom));
        assert!(decode(&[0x89, b'P', b'N', b'G', 0, 0, 1]).is_err());
        assert!(decode(&[0x82, 0xFF, 0xFF, 0x80]).is_err());
    }

    const RULE: &str = "（趣旨）\n第１条　この規程は、文書の管理に関し必要な事項を定めるものとする。\n（定義）\n第２条　この規程において「文書」とは、職員が職務上作成した文書をいう。\n";

    #[test]
    fn euc_jp_and_iso_2022_jp() {
        let (euc, _, _) = EUC_JP.encode(RULE);
        assert_eq!(decode(&euc).unwrap(), (RULE.to_string(), SourceEncoding::EucJp));
        let (jis, _, _) = ISO_2022_JP.encode(RULE);
        assert!(jis.is_ascii());
        assert_eq!(decode(&jis).unwrap(), (RULE.to_string(), SourceEncoding::Iso2022Jp));
    }

    #[test]
    fn utf16_without_bom_is_read() {
        let le: Vec<u8> = RULE.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(decode(&le).unwrap(), (RULE.to_string(), SourceEncoding::Utf16Le));
        let be: Vec<u8> = RULE.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(decode(&be).unwrap(), (RULE.to_string(), SourceEncoding::Utf16Be));
        assert!(decode(b"\0\0\0\0").unwrap_err().message.contains("NUL"));
    }

    #[test]
    fn invalid_utf8_is_reported_on_its_line() {
        let mut bytes = RULE.as_bytes().to_vec();
        let third_line = RULE.match_indices('\n').nth(1).unwrap().0 + 1;
        bytes.insert(third_line + 3, 0xFF);
        let err = decode(&bytes).unwrap_err();
        assert_eq!(err.line, Some(3), "{err:?}");
        assert!(err.message.contains("UTF-8"), "{err:?}");
        // Far into a long file (the validator reads 64-byte blocks), and a
        // truncated three-byte character at its very end.
        let long = RULE.repeat(200);
        let mut bytes = long.as_bytes().to_vec();
        bytes.insert(long.match_indices('\n').nth(500).unwrap().0 + 1, 0xFF);
        assert_eq!(decode(&bytes).unwrap_err().line, Some(502));
        let mut bytes = long.as_bytes().to_vec();
        bytes.extend_from_slice(&"条".as_bytes()[..2]);
        assert_eq!(decode(&bytes).unwrap_err().line, Some(long.lines().count() + 1));
    }

    #[test]
    fn cr_only_and_mixed_line_endings() {
        assert_eq!(normalize_line_endings("a\rb\r\nc\nd"), "a\nb\nc\nd");
        assert!(matches!(normalize_line_endings("a\r\nb\n"), std::borrow::Cow::Borrowed(_)));
        let cr_bytes = RULE.replace('\n', "\r");
        let mut bytes = cr_bytes.as_bytes().to_vec();
        bytes.insert(cr_bytes.match_indices('\r').nth(1).unwrap().0 + 4, 0xFF);
        assert_eq!(decode(&bytes).unwrap_err().line, Some(3), "lines counted at CR");
    }
}
