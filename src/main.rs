use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use reiki::cli;

/// reiki — 例規比較: 例規を国の指針・他団体の例規と比べ、静的サイトとして公開する。
#[derive(Debug, Parser)]
#[command(name = "reiki", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// 静的サイトを作る（既定: regulations/ → site/）
    Build(cli::build::Args),
    /// 例規を1本読み、構造（章・条・項・号）を表示する
    Parse(cli::parse::Args),
    /// 例規ファイルの診断を一覧する（エラーがあれば終了コード1）
    Check(cli::check::Args),
    /// 例規1本の指針網羅状況（○△×-）
    Coverage(cli::coverage::Args),
    /// 2本の例規の条文対応表
    Align(cli::align::Args),
    /// 対応付けの精度（正解ファイルとの適合率・再現率）
    Eval(cli::eval::Args),
    /// 現在の網羅状況から reviews/<ID>.yaml（担当者の確認用）を書き出す
    Review(cli::review::Args),
    /// 2本の例規（または条）の差分と指摘
    Diff(cli::diff::Args),
    /// 2つの版の新旧対照表
    Taishohyo(cli::taishohyo::Args),
    /// site/ を手元で配信し、変更があれば作り直す
    Serve(cli::serve::Args),
    /// 網羅状況の表・網羅状況・条文対応表を Excel (.xlsx) または CSV に書き出す
    Export(cli::export::Args),
    /// 旧版を新版に改める改め文（一部改正）を作る
    Kaimebun(cli::kaimebun::Args),
    /// 溶け込み: 改め文を旧版に当てはめ、改正後の全文を表示する
    Apply(cli::apply::Args),
    /// 改め文が旧版を新版に改めるか（新旧対照表とも）照合する
    CheckAmendment(cli::check_amendment::Args),
}

fn main() -> ExitCode {
    reiki::tune_allocator();
    let matches = cli::help::localize(Cli::command()).get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => err.exit(),
    };
    if !matches!(cli.command, Command::Serve(_)) {
        exit_quietly_on_closed_pipe();
    }
    let result = match cli.command {
        Command::Build(args) => cli::build::run(args),
        Command::Parse(args) => cli::parse::run(args),
        Command::Check(args) => cli::check::run(args),
        Command::Coverage(args) => cli::coverage::run(args),
        Command::Align(args) => cli::align::run(args),
        Command::Eval(args) => cli::eval::run(args),
        Command::Review(args) => cli::review::run(args),
        Command::Diff(args) => cli::diff::run(args),
        Command::Taishohyo(args) => cli::taishohyo::run(args),
        Command::Serve(args) => cli::serve::run(args),
        Command::Export(args) => cli::export::run(args),
        Command::Kaimebun(args) => cli::kaimebun::run(args),
        Command::Apply(args) => cli::apply::run(args),
        Command::CheckAmendment(args) => cli::check_amendment::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("エラー: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// `reiki check | head -1`: when the reader of stdout goes away, end
/// silently as other command-line tools do, instead of panicking in
/// `println!` (Rust ignores SIGPIPE by default). Not for `serve`, whose
/// clients may close their connection at any time.
fn exit_quietly_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of one signal before any
    // thread is started has no other effect on the program.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// Catches clap definition errors (duplicate names, bad defaults) in
    /// every subcommand, which otherwise only panic when that one is run.
    #[test]
    fn cli_definition_is_valid() {
        super::Cli::command().debug_assert();
        reiki::cli::help::localize(super::Cli::command()).debug_assert();
    }
}
