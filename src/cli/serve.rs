//! `reiki serve`: serves the site on 127.0.0.1, rebuilds when an input
//! changes (polling modification times) and reloads open pages through a
//! small script that watches `build-id.txt`. A save that breaks the build
//! (or makes a file unreadable) keeps the last good site and shows the error
//! on every open page, through the same script polling [`ERROR_PATH`].
//!
//! The server is meant for one person's browser, and is hardened against
//! other pages in that browser: only `Host: localhost` / `127.0.0.1` /
//! `[::1]` (any port) is answered, so a DNS-rebinding page cannot read the
//! site; a request head is capped in size and in time; a fixed pool of
//! worker threads answers, so idle sockets cannot pile up threads.
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

/// Worker threads answering requests: a browser opens up to 6 connections
/// per host, plus the live-reload poll; more connections wait in the queue.
const WORKERS: usize = 8;
/// Connections accepted but not yet taken by a worker; past this, new
/// connections are closed at once instead of piling up.
const QUEUE: usize = 64;
/// Largest request head (request line and headers) read, in bytes;
/// browsers send well under 8 KB.
pub const MAX_HEAD_BYTES: usize = 16 * 1024;
/// Time a client has to send its whole request head (a slow client cannot
/// hold a worker longer).
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
/// How often the inputs are looked at for changes.
const POLL: Duration = Duration::from_millis(400);
/// How long every input must keep its size and modification time before a
/// rebuild. An editor or a copy writing a file in chunks pauses between
/// them for milliseconds; a second of stillness means the save is done,
/// and is still quick enough for a drafter watching the page.
pub const SETTLE: Duration = Duration::from_millis(1000);

use crate::site::BuildOptions;

/// Answered by the server itself, not from the site folder: the last
/// rebuild's error as plain text, or `204 No Content` when it published.
pub const ERROR_PATH: &str = "/__reiki/build-error";
/// After refusing a head that was not read to its end, how long and how
/// much of the client's remaining bytes are read and dropped before closing
/// (see [`close_after_refusal`]): enough for a browser's oversized cookies or
/// a test's 1 MB line, short enough that an abusive client holds a worker
/// for a second at most.
const LINGER_TIME: Duration = Duration::from_secs(1);
/// See [`LINGER_TIME`].
const LINGER_BYTES: usize = 4 * 1024 * 1024;

/// What `serve` knows of its latest rebuild, shared by the watcher and the
/// request handlers.
#[derive(Debug, Default)]
pub struct LastBuild {
    state: Mutex<LastBuildState>,
}

#[derive(Debug, Default)]
struct LastBuildState {
    /// Why the latest rebuild did not publish; `None` once one publishes.
    error: Option<String>,
    /// Files that could not be read in the site being served.
    failed_files: Vec<String>,
}

impl LastBuild {
    /// The error shown in open pages, if the latest rebuild failed.
    pub fn error(&self) -> Option<String> {
        self.lock().error.clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, LastBuildState> {
        // A panic while holding the lock cannot leave the state half-made.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Builds and records the outcome: the first build publishes as `reiki
/// build` does; later ones refuse to publish when a file that was readable
/// fails (see [`BuildOptions::tolerated_load_errors`]).
pub fn rebuild(options: &BuildOptions, last: &LastBuild, first: bool) {
    let mut options = options.clone();
    if !first {
        options.tolerated_load_errors = Some(last.lock().failed_files.clone());
    }
    let outcome = super::build::build_and_report(&options);
    let mut state = last.lock();
    match outcome {
        Ok(files) => {
            state.error = None;
            state.failed_files = files;
        }
        Err(err) => {
            eprintln!("エラー: {err:#}");
            eprintln!("前回のサイトを表示し続けます。ファイルを直して保存すると再構築します。");
            state.error = Some(format!("{err:#}"));
        }
    }
}

/// Arguments of `reiki serve`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// 127.0.0.1 で待ち受けるポート
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
    /// The options shared with `reiki build`.
    #[command(flatten)]
    pub build: super::build::Args,
}

/// Builds the site, serves it on 127.0.0.1 and rebuilds it when a source changes.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut options = args.build.options();
    options.live_reload = true;
    // A first build that fails keeps the last good site when there is one
    // (the error is shown, and the next save rebuilds); else there is
    // nothing to serve.
    let last = Arc::new(LastBuild::default());
    rebuild(&options, &last, true);
    if let Some(err) = last.error() {
        if !options.output.join(crate::site::write::MARKER).exists() {
            anyhow::bail!("{err}");
        }
    }
    let listener = TcpListener::bind(("127.0.0.1", args.port))
        .map_err(|e| anyhow::anyhow!("127.0.0.1:{}: 待ち受けできません: {e}", args.port))?;
    eprintln!("{} を http://127.0.0.1:{}/ で配信中（Ctrl-C で終了）", options.output.display(), args.port);
    let watcher = options.clone();
    let watched = Arc::clone(&last);
    std::thread::spawn(move || watch(&watcher, &watched));
    serve(listener, &options.output, last)
}

/// Polls the inputs and rebuilds on change. A failed rebuild is reported
/// and the previous site keeps being served.
fn watch(options: &BuildOptions, last: &LastBuild) {
    let mut built = fingerprint(options);
    let mut previous = built.clone();
    let mut still_since = Instant::now();
    loop {
        std::thread::sleep(POLL);
        let now = fingerprint(options);
        if now != previous {
            still_since = Instant::now();
        }
        let changed = should_rebuild(&built, &previous, &now, still_since.elapsed());
        previous = now;
        if !changed {
            continue;
        }
        built = previous.clone();
        eprintln!("変更を検知しました。作り直します…");
        rebuild(options, last, false);
    }
}

/// Rebuild when the inputs differ from those of the last build and have
/// held still since the previous poll, for `still_for` ≥ [`SETTLE`]: a file
/// still being written (an editor saving in chunks, a copy in progress)
/// changes in between, and building it half-way would publish a site
/// without that regulation, or with half of it.
pub fn should_rebuild<T: PartialEq>(built: &T, previous: &T, now: &T, still_for: Duration) -> bool {
    now != built && now == previous && still_for >= SETTLE
}

/// (path, modified, len) of every input file: any edit, addition or
/// removal changes it.
pub fn fingerprint(options: &BuildOptions) -> Vec<(PathBuf, Option<SystemTime>, u64)> {
    let mut out = Vec::new();
    let roots = [&options.input, &options.catalogs, &options.templates, &options.config];
    let about = options.about.iter();
    for root in roots.into_iter().chain(about) {
        // Links are followed as the build follows them (loops are skipped).
        for entry in walkdir::WalkDir::new(root).follow_links(true).sort_by_file_name().into_iter().flatten() {
            if let Ok(meta) = entry.metadata() {
                if meta.is_file() {
                    out.push((entry.path().to_path_buf(), meta.modified().ok(), meta.len()));
                }
            }
        }
    }
    out
}

/// Serves files under `root` until the process ends, with `WORKERS`
/// threads; [`ERROR_PATH`] answers from `last`.
pub fn serve(listener: TcpListener, root: &Path, last: Arc<LastBuild>) -> anyhow::Result<ExitCode> {
    let (sender, receiver) = mpsc::sync_channel::<TcpStream>(QUEUE);
    let receiver = Arc::new(Mutex::new(receiver));
    for _ in 0..WORKERS {
        let receiver = Arc::clone(&receiver);
        let root = root.to_path_buf();
        let last = Arc::clone(&last);
        std::thread::spawn(move || loop {
            // The lock is held only while waiting for the next connection.
            let next = receiver.lock().map(|r| r.recv());
            match next {
                Ok(Ok(stream)) => {
                    let _ = handle(stream, &root, &last);
                }
                _ => return,
            }
        });
    }
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        // A full queue drops the connection (the browser retries).
        if let Err(mpsc::TrySendError::Disconnected(_)) = sender.try_send(stream) {
            break;
        }
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

/// Maps a request path to a file under `root`; None for anything that
/// would leave it.
pub fn resolve(root: &Path, request_path: &str) -> Option<PathBuf> {
    let path = request_path.split(['?', '#']).next().unwrap_or("");
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8().ok()?;
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

/// Why a request head could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum HeadError {
    /// The head grew beyond the size limit.
    TooLarge,
    /// The client sent nothing within the timeout.
    TimedOut,
    /// The client closed the connection before the blank line.
    Closed,
}

/// Reads a request head (up to the blank line) within `timeout` (the
/// server uses [`HEAD_TIMEOUT`]) and [`MAX_HEAD_BYTES`] in total, however
/// slowly the bytes come.
pub fn read_head(stream: &mut impl ReadWithTimeout, timeout: Duration) -> Result<String, HeadError> {
    let deadline = Instant::now() + timeout;
    let mut head = Vec::new();
    let mut chunk = [0u8; 1024];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(HeadError::TimedOut);
        }
        stream.set_timeout(left);
        let n = match stream.read(&mut chunk) {
            Ok(0) => return Err(HeadError::Closed),
            Ok(n) => n,
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
                return Err(HeadError::TimedOut)
            }
            Err(_) => return Err(HeadError::Closed),
        };
        head.extend_from_slice(&chunk[..n]);
        if let Some(end) = find_head_end(&head) {
            head.truncate(end);
            return Ok(String::from_utf8_lossy(&head).into_owned());
        }
        if head.len() > MAX_HEAD_BYTES {
            return Err(HeadError::TooLarge);
        }
    }
}

fn find_head_end(bytes: &[u8]) -> Option<usize> {
    let crlf = bytes.windows(4).position(|w| w == b"\r\n\r\n");
    let lf = bytes.windows(2).position(|w| w == b"\n\n");
    crlf.into_iter().chain(lf).min()
}

/// A readable stream whose read timeout can be set (a `TcpStream`; tests
/// use a slow reader).
pub trait ReadWithTimeout: Read {
    /// Sets the read timeout of the stream.
    fn set_timeout(&mut self, timeout: Duration);
}

impl ReadWithTimeout for TcpStream {
    fn set_timeout(&mut self, timeout: Duration) {
        let _ = self.set_read_timeout(Some(timeout));
    }
}

/// Whether a `Host` header value names this machine's loopback address
/// (any port): `localhost`, `127.0.0.1`, `[::1]`.
pub fn is_local_host(host: &str) -> bool {
    let host = host.trim().to_ascii_lowercase();
    let name = match host.rsplit_once(':') {
        Some((name, port)) if !name.ends_with(':') && port.bytes().all(|b| b.is_ascii_digit()) && !port.is_empty() => {
            name
        }
        _ => host.as_str(),
    };
    matches!(name, "localhost" | "127.0.0.1" | "[::1]")
}

fn handle(mut stream: TcpStream, root: &Path, last: &LastBuild) -> std::io::Result<()> {
    stream.set_write_timeout(Some(HEAD_TIMEOUT))?;
    let text = |s: &str| s.as_bytes().to_vec();
    let head = match read_head(&mut stream, HEAD_TIMEOUT) {
        Ok(head) => head,
        Err(HeadError::TooLarge) => {
            let body = text("request header too large\n");
            respond(&mut stream, "431 Request Header Fields Too Large", "text/plain; charset=utf-8", &body, false)?;
            close_after_refusal(&mut stream);
            return Ok(());
        }
        Err(HeadError::TimedOut) => {
            return respond(
                &mut stream,
                "408 Request Timeout",
                "text/plain; charset=utf-8",
                b"request timeout\n",
                false,
            )
        }
        Err(HeadError::Closed) => return Ok(()),
    };
    let mut lines = head.lines();
    let request_line = lines.next().unwrap_or("");
    let host =
        lines.filter_map(|l| l.split_once(':')).find(|(k, _)| k.trim().eq_ignore_ascii_case("host")).map(|(_, v)| v);
    if !host.is_some_and(is_local_host) {
        let body =
            "<!DOCTYPE html><html lang=\"ja\"><title>403</title><p>localhost 以外の名前では接続できません。</p></html>";
        return respond(&mut stream, "403 Forbidden", "text/html; charset=utf-8", body.as_bytes(), false);
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain; charset=utf-8",
            b"method not allowed\n",
            false,
        );
    }
    if target.split('?').next() == Some(ERROR_PATH) {
        return match last.error() {
            Some(error) => respond(&mut stream, "200 OK", "text/plain; charset=utf-8", error.as_bytes(), false),
            None => respond(&mut stream, "204 No Content", "text/plain; charset=utf-8", b"", false),
        };
    }
    match resolve(root, target).filter(|f| f.is_file()).and_then(|f| std::fs::read(&f).ok().map(|b| (f, b))) {
        Some((file, body)) => respond(&mut stream, "200 OK", content_type(&file), &body, method == "HEAD"),
        None => respond(
            &mut stream,
            "404 Not Found",
            "text/html; charset=utf-8",
            "<!DOCTYPE html><html lang=\"ja\"><title>404</title><p>ページが見つかりません。</p></html>".as_bytes(),
            method == "HEAD",
        ),
    }
}

fn respond(stream: &mut TcpStream, status: &str, kind: &str, body: &[u8], head_only: bool) -> std::io::Result<()> {
    // The head in one write: `write!` on the socket sends each piece on its
    // own, and a connection reset between two pieces cut the reply short.
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(body)?;
    }
    stream.flush()
}

/// Closes a connection whose request was refused before it was read to its
/// end. Closing a socket with the client's bytes unread makes the kernel
/// reset the connection, and the reset can destroy the reply before the
/// client reads it (seen under load: a 431 cut after its first line). So the
/// sending side is shut first, then what the client still sends is read and
/// dropped, up to [`LINGER_BYTES`] or [`LINGER_TIME`].
fn close_after_refusal(stream: &mut TcpStream) {
    let _ = stream.shutdown(Shutdown::Write);
    let _ = stream.set_read_timeout(Some(LINGER_TIME));
    let deadline = Instant::now() + LINGER_TIME;
    let mut sink = [0u8; 16 * 1024];
    let mut left = LINGER_BYTES;
    while left > 0 && Instant::now() < deadline {
        match stream.read(&mut sink) {
            Ok(0) | Err(_) => break,
            Ok(n) => left = left.saturating_sub(n),
        }
    }
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
    fn only_loopback_host_names_are_local() {
        for ok in ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000", "LOCALHOST"] {
            assert!(is_local_host(ok), "{ok}");
        }
        for bad in ["evil.example:8000", "localhost.evil.example", "127.0.0.1.nip.io", "", "localhost:x"] {
            assert!(!is_local_host(bad), "{bad}");
        }
    }

    /// Sends one byte per read, slowly: a slow-headers client.
    struct Trickle(usize, Duration);
    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            std::thread::sleep(self.1);
            self.0 += 1;
            buf[0] = b'a';
            Ok(1)
        }
    }
    impl ReadWithTimeout for Trickle {
        fn set_timeout(&mut self, _: Duration) {}
    }

    #[test]
    fn request_heads_are_capped_in_size() {
        // 1 KB per read, never a blank line: a huge request line.
        struct Flood;
        impl Read for Flood {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                buf.fill(b'x');
                Ok(buf.len())
            }
        }
        impl ReadWithTimeout for Flood {
            fn set_timeout(&mut self, _: Duration) {}
        }
        assert_eq!(read_head(&mut Flood, HEAD_TIMEOUT), Err(HeadError::TooLarge));
        let mut ok: &[u8] = b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n";
        struct Slice<'a>(&'a mut &'a [u8]);
        impl Read for Slice<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                self.0.read(buf)
            }
        }
        impl ReadWithTimeout for Slice<'_> {
            fn set_timeout(&mut self, _: Duration) {}
        }
        assert_eq!(read_head(&mut Slice(&mut ok), HEAD_TIMEOUT).unwrap(), "GET / HTTP/1.1\r\nHost: localhost");
    }

    #[test]
    fn a_slow_client_is_cut_off_at_the_deadline() {
        // 20 ms per byte would take 5 minutes for a 16 KB head; the deadline ends it.
        let mut slow = Trickle(0, Duration::from_millis(20));
        let timeout = Duration::from_millis(400);
        let started = Instant::now();
        assert_eq!(read_head(&mut slow, timeout), Err(HeadError::TimedOut));
        assert!(started.elapsed() < timeout + Duration::from_millis(200));
        assert!(slow.0 <= 21, "{} bytes read", slow.0);
    }

    #[test]
    fn a_file_still_being_written_does_not_trigger_a_build() {
        let tmp = tempfile::tempdir().unwrap();
        let options = BuildOptions::in_project(tmp.path());
        std::fs::create_dir_all(&options.input).unwrap();
        let file = options.input.join("kitei.md");
        std::fs::write(&file, "第1条 本文。\n").unwrap();
        let built = fingerprint(&options);
        let long = SETTLE * 2;
        // First half of a save: changed since the build, but not settled.
        std::fs::write(&file, "第1条 本文。\n第2条 途中").unwrap();
        let half = fingerprint(&options);
        assert!(!should_rebuild(&built, &built, &half, Duration::ZERO), "a file caught mid-write must not be built");
        // The save completes; the next poll sees it changed again, still no build.
        std::fs::write(&file, "第1条 本文。\n第2条 途中まで書いた条文。\n").unwrap();
        let full = fingerprint(&options);
        assert!(!should_rebuild(&built, &half, &full, Duration::ZERO));
        // One poll later nothing has moved, but not for long enough yet.
        assert!(!should_rebuild(&built, &full, &fingerprint(&options), SETTLE / 2));
        // Still for the settle interval: now it is built, once.
        assert!(should_rebuild(&built, &full, &fingerprint(&options), SETTLE));
        assert!(!should_rebuild(&full, &full, &fingerprint(&options), long), "nothing new after the build");
    }

    #[test]
    fn serves_files_over_http() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("index.html"), "<p>ok</p>").unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let root = tmp.path().to_path_buf();
        std::thread::spawn(move || serve(listener, &root, Default::default()));
        let get = |path: &str| {
            let mut s = TcpStream::connect(addr).unwrap();
            write!(s, "GET {path} HTTP/1.1\r\nHost: localhost:8000\r\n\r\n").unwrap();
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
