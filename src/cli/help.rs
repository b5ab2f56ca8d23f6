//! Japanese `--help`: clap's own headings and built-in flags are English, so
//! the command tree is rewritten once before parsing. Flag names stay English
//! (they are identifiers typed in scripts); every text a person reads is
//! Japanese. The help texts of commands and options are the doc comments of
//! the `Args` structs.
use clap::{Arg, ArgAction, Command};

/// Help layout with Japanese headings in place of clap's "Usage:".
const TEMPLATE: &str = "{about-with-newline}\n使い方: {usage}\n\n{all-args}{after-help}";

/// Heading of positional arguments and of options.
const ARGUMENTS: &str = "引数";
const OPTIONS: &str = "オプション";
const COMMANDS: &str = "コマンド";

/// Rewrites `cmd` and all its subcommands for Japanese help output.
pub fn localize(cmd: Command) -> Command {
    let has_version = cmd.get_version().is_some();
    let mut cmd = cmd
        .help_template(TEMPLATE)
        .subcommand_help_heading(COMMANDS)
        .subcommand_value_name("コマンド")
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help("このヘルプを表示する"));
    if has_version {
        cmd = cmd
            .disable_version_flag(true)
            .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help("版を表示する"));
    }
    // Under a heading clap lists positional arguments by name unless given
    // an order: list them as they are given (<OLD> <NEW>, not NEW first).
    let mut position = 0;
    let cmd = cmd.mut_args(|arg| {
        let heading = if arg.is_positional() { ARGUMENTS } else { OPTIONS };
        let arg = if arg.is_positional() {
            position += 1;
            arg.display_order(position)
        } else {
            arg
        };
        let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
        let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
        let choices: Vec<String> = arg.get_possible_values().iter().map(|v| v.get_name().to_string()).collect();
        let mut help = help;
        if !choices.is_empty() && !arg.is_hide_possible_values_set() && arg.get_action().takes_values() {
            help.push_str(&format!("［{}］", choices.join(" | ")));
        }
        if !defaults.is_empty() && !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
            help.push_str(&format!("［既定: {}］", defaults.join(" ")));
        }
        arg.help_heading(heading).help(help).hide_default_value(true).hide_possible_values(true)
    });
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    names.into_iter().fold(cmd, |cmd, name| cmd.mut_subcommand(name, localize))
}
