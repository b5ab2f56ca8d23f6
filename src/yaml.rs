//! Errors of the YAML reiki reads (reiki.yaml, catalogs, front matter,
//! sidecars, reviews, gold files) as `path:line` messages. The one place
//! that reads a line out of a `serde_yaml::Error`; depends on nothing else
//! in reiki.
#![warn(missing_docs)]
use std::path::Path;

/// The file line of a YAML error: its line in the YAML shifted to the file,
/// where the YAML starts at line `first_line` (1 for a whole YAML file, 2 for
/// front matter after `---`). None when the parser gives no location.
pub fn error_line(error: &serde_yaml::Error, first_line: usize) -> Option<usize> {
    error.location().map(|l| l.line() + first_line - 1)
}

/// The error's reason without its own ` at line N column M` (for messages
/// that give the line separately).
pub fn reason(error: &serde_yaml::Error) -> String {
    let message = error.to_string();
    message.split(" at line ").next().unwrap_or(&message).to_string()
}

/// `path:line: invalid {what}: {error}` for a file that is one YAML
/// document (reiki.yaml, a catalog, a gold file); line 0 when unknown.
pub fn invalid_file(path: &Path, what: &str, error: &serde_yaml::Error) -> anyhow::Error {
    let line = error_line(error, 1).unwrap_or(0);
    anyhow::anyhow!("{}:{line}: invalid {what}: {error}", path.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_is_shifted_to_the_file_and_reason_loses_its_position() {
        let error = serde_yaml::from_str::<serde_yaml::Value>("id: x\nbogus: [\n").unwrap_err();
        let in_yaml = error_line(&error, 1).unwrap();
        assert_eq!(error_line(&error, 2), Some(in_yaml + 1), "front matter starts on line 2");
        assert!(!reason(&error).contains(" at line "), "{}", reason(&error));
        let message = invalid_file(Path::new("reiki.yaml"), "config", &error).to_string();
        assert!(message.starts_with(&format!("reiki.yaml:{in_yaml}: invalid config: ")), "{message}");
    }
}
