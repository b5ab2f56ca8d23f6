//! Running the built `reiki` binary the way the CLI tests do: from the
//! project folder, with exit code, stdout and stderr as text.
use std::process::Command;

/// `reiki` to be run in the project folder (add arguments and environment).
pub fn reiki_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_reiki"));
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

/// Runs `command`: (exit code, -1 when killed by a signal; stdout; stderr).
pub fn run(command: &mut Command) -> (i32, String, String) {
    let out = command.output().expect("reiki runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
