//! `reiki serve`: serves the site on 127.0.0.1, rebuilds when an input
//! changes (polling modification times) and reloads open pages through a
//! small script that watches `build-id.txt`.
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

use crate::site::BuildOptions;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Port on 127.0.0.1.
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
    #[command(flatten)]
    pub build: super::build::Args,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut options = args.build.options();
    options.live_reload = true;
    // A first build that fails leaves nothing to serve: report and stop.
    super::build::build_and_report(&options)?;
    let listener = TcpListener::bind(("127.0.0.1", args.port))
        .map_err(|e| anyhow::anyhow!("127.0.0.1:{}: cannot listen: {e}", args.port))?;
    eprintln!("serving {} at http://127.0.0.1:{}/ (Ctrl-C to stop)", options.output.display(), args.port);
    let watcher = options.clone();
    std::thread::spawn(move || watch(&watcher));
    serve(listener, &options.output)
}

/// Polls the inputs and rebuilds on change. A failed rebuild is reported
/// and the previous site keeps being served.
fn watch(options: &BuildOptions) {
    let mut built = fingerprint(options);
    let mut previous = built.clone();
    loop {
        std::thread::sleep(Duration::from_millis(400));
        let now = fingerprint(options);
        let rebuild = should_rebuild(&built, &previous, &now);
        previous = now;
        if !rebuild {
            continue;
        }
        built = previous.clone();
        eprintln!("change detected, rebuilding…");
        if let Err(err) = super::build::build_and_report(options) {
            eprintln!("error: {err:#}");
        }
    }
}

/// Rebuild when the inputs differ from those of the last build and have
/// held still since the previous poll: a file still being written (an
/// editor saving in chunks, a copy in progress) changes between two polls,
/// and building it half-way would publish a site without that regulation.
pub fn should_rebuild<T: PartialEq>(built: &T, previous: &T, now: &T) -> bool {
    now != built && now == previous
}

/// (path, modified, len) of every input file: any edit, addition or
/// removal changes it.
pub fn fingerprint(options: &BuildOptions) -> Vec<(PathBuf, Option<SystemTime>, u64)> {
    let mut out = Vec::new();
    let roots = [&options.input, &options.catalogs, &options.templates, &options.config];
    let about = options.about.iter();
    for root in roots.into_iter().chain(about) {
        for entry in walkdir::WalkDir::new(root).sort_by_file_name().into_iter().flatten() {
            if let Ok(meta) = entry.metadata() {
                if meta.is_file() {
                    out.push((entry.path().to_path_buf(), meta.modified().ok(), meta.len()));
                }
            }
        }
    }
    out
}

/// Serves files under `root` until the process ends.
pub fn serve(listener: TcpListener, root: &Path) -> anyhow::Result<ExitCode> {
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let root = root.to_path_buf();
        std::thread::spawn(move || {
            let _ = handle(stream, &root);
        });
    }
    Ok(ExitCode::SUCCESS)
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("txt") => "text/plain; charset=utf-8",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Maps a request path to a file under `root`; None for anything that
/// would leave it.
pub fn resolve(root: &Path, request_path: &str) -> Option<PathBuf> {
    let path = request_path.split(['?', '#']).next().unwrap_or("");
    let decoded = percent_decode(path)?;
    let mut file = root.to_path_buf();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => return None,
            p if p.contains('\\') => return None,
            p => file.push(p),
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    Some(file)
}

fn handle(stream: TcpStream, root: &Path) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; nothing in them matters here.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let mut stream = stream;
    if method != "GET" && method != "HEAD" {
        return respond(&mut stream, "405 Method Not Allowed", "text/plain; charset=utf-8", b"method not allowed\n", false);
    }
    match resolve(root, target).filter(|f| f.is_file()).and_then(|f| std::fs::read(&f).ok().map(|b| (f, b))) {
        Some((file, body)) => respond(&mut stream, "200 OK", content_type(&file), &body, method == "HEAD"),
        None => respond(&mut stream, "404 Not Found", "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"ja\"><title>404</title><p>ページが見つかりません。</p></html>".as_bytes(), method == "HEAD"),
    }
}

fn respond(stream: &mut TcpStream, status: &str, kind: &str, body: &[u8], head_only: bool) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    if !head_only {
        stream.write_all(body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_stays_inside_the_site() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(tmp.path().join("reg")).unwrap();
        let root = tmp.path();
        assert_eq!(resolve(root, "/"), Some(root.join("index.html")));
        assert_eq!(resolve(root, "/reg/a.html?x=1#art-1"), Some(root.join("reg/a.html")));
        assert_eq!(resolve(root, "/search.html?q=%E6%9A%97"), Some(root.join("search.html")));
        assert_eq!(resolve(root, "/../etc/passwd"), None);
        assert_eq!(resolve(root, "/%2e%2e/x"), None);
    }

    #[test]
    fn a_file_still_being_written_does_not_trigger_a_build() {
        let tmp = tempfile::tempdir().unwrap();
        let options = BuildOptions::in_project(tmp.path());
        std::fs::create_dir_all(&options.input).unwrap();
        let file = options.input.join("kitei.md");
        std::fs::write(&file, "第1条 本文。\n").unwrap();
        let built = fingerprint(&options);
        // First half of a save: changed since the build, but not settled.
        std::fs::write(&file, "第1条 本文。\n第2条 途中").unwrap();
        let half = fingerprint(&options);
        assert!(!should_rebuild(&built, &built, &half), "a file caught mid-write must not be built");
        // The save completes; the next poll sees it changed again, still no build.
        std::fs::write(&file, "第1条 本文。\n第2条 途中まで書いた条文。\n").unwrap();
        let full = fingerprint(&options);
        assert!(!should_rebuild(&built, &half, &full));
        // One poll later nothing has moved: now it is built, once.
        assert!(should_rebuild(&built, &full, &fingerprint(&options)));
        assert!(!should_rebuild(&full, &full, &fingerprint(&options)), "nothing new after the build");
    }

    #[test]
    fn serves_files_over_http() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("index.html"), "<p>ok</p>").unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let root = tmp.path().to_path_buf();
        std::thread::spawn(move || serve(listener, &root));
        let get = |path: &str| {
            let mut s = TcpStream::connect(addr).unwrap();
            write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
            let mut out = String::new();
            std::io::Read::read_to_string(&mut s, &mut out).unwrap();
            out
        };
        let ok = get("/");
        assert!(ok.starts_with("HTTP/1.1 200 OK"), "{ok}");
        assert!(ok.ends_with("<p>ok</p>"), "{ok}");
        assert!(get("/missing.html").starts_with("HTTP/1.1 404"));
    }
}
