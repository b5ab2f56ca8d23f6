//! CSV as Excel opens it in Japanese without an import dialog: UTF-8 with a
//! byte-order mark, CRLF line ends, RFC 4180 quoting.
use super::Table;

const BOM: &str = "\u{feff}";

/// One field, quoted when it holds a comma, a quote or a line break.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn line(out: &mut String, fields: impl Iterator<Item = String>) {
    out.push_str(&fields.collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
}

/// The tables as one CSV file. A single table is written as it is (header
/// line, then rows); several are each preceded by their title line and
/// separated by an empty line.
pub fn tables(tables: &[Table]) -> Vec<u8> {
    let mut out = String::from(BOM);
    for (k, t) in tables.iter().enumerate() {
        if tables.len() > 1 {
            if k > 0 {
                out.push_str("\r\n");
            }
            line(&mut out, std::iter::once(field(&t.title)));
        }
        line(&mut out, t.columns.iter().map(|c| field(&c.header)));
        for row in &t.rows {
            line(&mut out, row.cells.iter().map(|c| field(&c.text)));
        }
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::super::{Cell, Column, Row};
    use super::*;

    #[test]
    fn bom_crlf_and_quoting() {
        let t = Table {
            sheet_name: "s".into(),
            title: "t".into(),
            columns: vec![Column { header: "項目".into(), width: 1.0 }, Column { header: "根拠".into(), width: 1.0 }],
            rows: vec![Row {
                cells: vec![Cell::text("第5-2"), Cell::text("第9条、\"第10条\"\n第11条,第2項")],
                group: false,
            }],
            frozen_columns: 0,
        };
        let text = String::from_utf8(tables(&[t])).unwrap();
        assert_eq!(text, "\u{feff}項目,根拠\r\n第5-2,\"第9条、\"\"第10条\"\"\n第11条,第2項\"\r\n");
    }
}
