//! Shared helpers of the browser tests: the seed site built once, served
//! over HTTP and opened in one headless Chromium (skipped with a message
//! when there is none); used by tests/browser.rs and tests/browser_officer.rs.
#![allow(dead_code)]
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use headless_chrome::protocol::cdp::types::Event;
pub use headless_chrome::protocol::cdp::{Emulation, Page};
pub use headless_chrome::types::PrintToPdfOptions;
pub use headless_chrome::{Browser, LaunchOptions, Tab};
use reiki::site::{self, BuildOptions};

pub fn chromium_path() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("REIKI_CHROMIUM") {
        let p = PathBuf::from(p);
        return if p.is_file() { Ok(p) } else { Err(format!("REIKI_CHROMIUM={} is not a file", p.display())) };
    }
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        for dir in std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()) {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
    }
    Err("no chromium on PATH (install Debian's `chromium` or set REIKI_CHROMIUM)".into())
}

pub struct Fixture {
    _tmp: tempfile::TempDir,
    /// The site folder: <tmp>/reiki-site
    pub site: PathBuf,
    pub browser: Browser,
    /// http://127.0.0.1:port/reiki-site/ — the site served under a subpath.
    pub http_base: String,
}

/// Seed site, browser and a local server, shared by all tests; None (with
/// the reason printed) when there is no Chromium.
pub fn fixture() -> Option<&'static Fixture> {
    static FIXTURE: OnceLock<Option<Fixture>> = OnceLock::new();
    FIXTURE
        .get_or_init(|| {
            let chromium = match chromium_path() {
                Ok(p) => p,
                Err(why) => {
                    // Straight to fd 2: eprintln! output of a passing test is captured.
                    use std::io::Write;
                    let _ = writeln!(std::io::stderr(), "browser tests SKIPPED: {why}");
                    return None;
                }
            };
            let tmp = tempfile::tempdir().unwrap();
            let site_dir = tmp.path().join("reiki-site");
            let mut options = BuildOptions::in_project(Path::new(env!("CARGO_MANIFEST_DIR")));
            options.output = site_dir.clone();
            site::build(&options).expect("seed site builds");

            let listener = TcpListener::bind("127.0.0.1:0").unwrap();
            let port = listener.local_addr().unwrap().port();
            let served = tmp.path().to_path_buf();
            std::thread::spawn(move || reiki::cli::serve::serve(listener, &served, Default::default()));

            let profile = tmp.path().join("chromium-profile");
            let args: Vec<&std::ffi::OsStr> = [
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--lang=ja",
            ]
            .iter()
            .map(std::ffi::OsStr::new)
            .collect();
            let launch = LaunchOptions::default_builder()
                .path(Some(chromium))
                .headless(true)
                .sandbox(false)
                .window_size(Some((1280, 1000)))
                .user_data_dir(Some(profile))
                .idle_browser_timeout(Duration::from_secs(120))
                .args(args)
                .build()
                .unwrap();
            let browser = Browser::new(launch).expect("chromium starts");
            kill_at_exit(&browser);
            Some(Fixture {
                site: site_dir,
                _tmp: tmp,
                browser,
                http_base: format!("http://127.0.0.1:{port}/reiki-site/"),
            })
        })
        .as_ref()
}

/// The shared browser's process, killed when the test binary exits: the
/// fixture lives in a static, which is never dropped, so Chromium (a score
/// of processes) outlived every `cargo test` run.
static CHROMIUM_PID: AtomicU32 = AtomicU32::new(0);

extern "C" fn kill_chromium() {
    let pid = CHROMIUM_PID.load(Ordering::SeqCst);
    if pid != 0 {
        // SAFETY: kill(2) with a pid this process started; its children
        // (zygotes, renderers) end with it.
        unsafe {
            libc::kill(pid as libc::pid_t, libc::SIGKILL);
        }
    }
}

fn kill_at_exit(browser: &Browser) {
    if let Some(pid) = browser.get_process_id() {
        CHROMIUM_PID.store(pid, Ordering::SeqCst);
        // SAFETY: registers a function without arguments that only reads an atomic and calls kill(2).
        unsafe {
            libc::atexit(kill_chromium);
        }
    }
}

/// One test at a time drives the shared browser (the CI machine has two
/// cores; parallel tabs only make timings flaky).
pub fn serial() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

pub fn file_url(f: &Fixture, page: &str) -> String {
    format!("file://{}/{page}", f.site.display())
}

/// A tab that records console errors and uncaught exceptions.
pub fn tab_with_console(f: &Fixture) -> (Arc<Tab>, Arc<Mutex<Vec<String>>>) {
    let tab = f.browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(30));
    let errors = Arc::new(Mutex::new(Vec::new()));
    let sink = errors.clone();
    tab.enable_runtime().unwrap();
    tab.enable_log().unwrap();
    tab.add_event_listener(Arc::new(move |event: &Event| {
        let message = match event {
            Event::RuntimeConsoleAPICalled(e) if format!("{:?}", e.params.Type).contains("Error") => {
                Some(format!("console.error: {:?}", e.params.args.iter().map(|a| a.value.clone()).collect::<Vec<_>>()))
            }
            Event::RuntimeExceptionThrown(e) => Some(format!("exception: {:?}", e.params.exception_details.text)),
            Event::LogEntryAdded(e) if format!("{:?}", e.params.entry.level).contains("Error") => {
                Some(format!("log: {} {:?}", e.params.entry.text, e.params.entry.url))
            }
            _ => None,
        };
        if let Some(m) = message {
            sink.lock().unwrap().push(m);
        }
    }))
    .unwrap();
    (tab, errors)
}

pub fn eval(tab: &Tab, js: &str) -> serde_json::Value {
    tab.evaluate(js, false).unwrap_or_else(|e| panic!("{js}: {e}")).value.unwrap_or(serde_json::Value::Null)
}

/// Waits until `js` evaluates to true. An evaluation the page cuts short
/// by navigating (a live reload landing mid-call: "Inspected target
/// navigated or closed") is asked again, as one still false.
pub fn wait_for(tab: &Tab, js: &str) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        let value = tab.evaluate(js, false).ok().and_then(|r| r.value);
        if value == Some(serde_json::Value::Bool(true)) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out waiting for {js} on {}", tab.get_url());
}

pub fn screenshot(tab: &Tab, name: &str) {
    let dir = std::env::var_os("REIKI_SHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("screenshots"));
    std::fs::create_dir_all(&dir).unwrap();
    let png = tab.capture_screenshot(Page::CaptureScreenshotFormatOption::Png, None, None, true).unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

/// Result links of the search page: (href as written, text).
pub fn search_results(tab: &Tab) -> Vec<(String, String)> {
    let v = eval(
        tab,
        "JSON.stringify([...document.querySelectorAll('#search-results li')].map(li => [li.querySelector('a').getAttribute('href'), li.innerText]))",
    );
    serde_json::from_str(v.as_str().unwrap()).unwrap()
}

pub fn rank_of(results: &[(String, String)], href: &str) -> Option<usize> {
    results.iter().position(|(h, _)| h == href)
}
