//! Build behaviour drafters rely on: live reload in serve mode, a bad file
//! reported while the others build, a failed build keeping the old site,
//! and the watcher noticing edits.
use std::path::Path;

use reiki::site::{self, BuildOptions};

fn project(dir: &Path) -> BuildOptions {
    std::fs::create_dir_all(dir.join("regulations")).unwrap();
    std::fs::write(
        dir.join("regulations/test-kitei.md"),
        "---\nid: test-kitei\nbody: 試験市\ntitle: 試験規程\n---\n（趣旨）\n第1条 この規程は、保有個人情報の管理について定める。\n（暗号化）\n第2条 職員は、保有個人情報を暗号化するものとする。\n",
    )
    .unwrap();
    let mut options = BuildOptions::in_project(dir);
    options.output = dir.join("site");
    options
}

#[test]
fn serve_mode_injects_the_reload_script_and_a_build_id() {
    let tmp = tempfile::tempdir().unwrap();
    let mut options = project(tmp.path());
    options.live_reload = true;
    site::build(&options).unwrap();
    let html = std::fs::read_to_string(options.output.join("reg/test-kitei.html")).unwrap();
    assert!(
        html.contains(r#"<script src="../static/live-reload.js" data-build-id="../build-id.txt"></script>"#),
        "{html}"
    );
    assert!(options.output.join("build-id.txt").is_file());
    // A normal build has neither.
    options.live_reload = false;
    site::build(&options).unwrap();
    assert!(!std::fs::read_to_string(options.output.join("index.html")).unwrap().contains("live-reload"));
    assert!(!options.output.join("build-id.txt").exists());
}

#[test]
fn a_bad_file_is_reported_and_the_others_still_build() {
    let tmp = tempfile::tempdir().unwrap();
    let options = project(tmp.path());
    std::fs::write(tmp.path().join("regulations/broken.md"), "---\nid: [unclosed\n---\n第1条 本文\n").unwrap();
    let report = site::build(&options).unwrap();
    assert_eq!(report.regulations, 1);
    assert_eq!(report.load_errors.len(), 1);
    let message = &report.load_errors[0].to_string();
    assert!(message.contains("broken.md:"), "file and line: {message}");
    assert!(options.output.join("reg/test-kitei.html").is_file());
    let home = std::fs::read_to_string(options.output.join("index.html")).unwrap();
    assert!(home.contains("読み込めなかったファイル") && home.contains("broken.md"), "shown to readers too");
}

#[test]
fn a_failed_build_leaves_the_previous_site_intact() {
    let tmp = tempfile::tempdir().unwrap();
    let options = project(tmp.path());
    site::build(&options).unwrap();
    let before = std::fs::read_to_string(options.output.join("reg/test-kitei.html")).unwrap();
    // A user template with a syntax error fails the render phase.
    std::fs::create_dir_all(&options.templates).unwrap();
    std::fs::write(options.templates.join("regulation.html"), "{% if %}").unwrap();
    let err = site::build(&options).unwrap_err();
    assert!(format!("{err:#}").contains("regulation.html"), "{err:#}");
    assert_eq!(std::fs::read_to_string(options.output.join("reg/test-kitei.html")).unwrap(), before);
    let leftovers: Vec<_> =
        std::fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    // The lock file stays (like Cargo's); staging folders must not.
    assert!(
        leftovers.iter().all(|n| !n.starts_with(".site.") || n == ".site.lock"),
        "no staging folders left: {leftovers:?}"
    );
}

#[test]
fn the_watcher_notices_an_edit() {
    let tmp = tempfile::tempdir().unwrap();
    let options = project(tmp.path());
    let before = reiki::cli::serve::fingerprint(&options);
    assert!(before.iter().any(|(p, _, _)| p.ends_with("test-kitei.md")));
    std::fs::write(tmp.path().join("regulations/test-kitei.md"), "---\nid: test-kitei\n---\n第1条 改めた本文。\n")
        .unwrap();
    assert_ne!(reiki::cli::serve::fingerprint(&options), before);
}

/// GET `path` from a local server; (status line, body).
fn http_get(addr: std::net::SocketAddr, path: &str) -> (String, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    (head.lines().next().unwrap().to_string(), body.to_string())
}

#[test]
fn under_serve_a_broken_save_shows_the_error_and_keeps_the_last_good_site() {
    use reiki::cli::serve::{rebuild, serve, LastBuild, ERROR_PATH};
    let tmp = tempfile::tempdir().unwrap();
    let mut options = project(tmp.path());
    options.live_reload = true;
    let last = std::sync::Arc::new(LastBuild::default());
    rebuild(&options, &last, true);
    assert_eq!(last.error(), None);
    let page = options.output.join("reg/test-kitei.html");
    let good = std::fs::read_to_string(&page).unwrap();
    assert!(good.contains("暗号化するものとする"));

    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let (root, served) = (options.output.clone(), std::sync::Arc::clone(&last));
    std::thread::spawn(move || serve(listener, &root, served));
    assert_eq!(http_get(addr, ERROR_PATH).0, "HTTP/1.1 204 No Content");

    // The drafter saves the file with a front-matter mistake: the page must
    // not vanish from the served site, and the reason reaches the browser.
    let source = tmp.path().join("regulations/test-kitei.md");
    let text = std::fs::read_to_string(&source).unwrap();
    std::fs::write(&source, text.replace("title: 試験規程", "title: [試験規程")).unwrap();
    rebuild(&options, &last, false);
    let error = last.error().expect("the broken save is reported");
    assert!(error.contains("test-kitei.md:") && error.contains("サイトを更新しません"), "{error}");
    assert_eq!(std::fs::read_to_string(&page).unwrap(), good, "the last good page is still served");
    let (status, body) = http_get(addr, &format!("{ERROR_PATH}?t=1"));
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert_eq!(body, error);

    // Fixed and saved again: published, and the message goes away.
    std::fs::write(&source, text.replace("暗号化する", "暗号化し、又は秘匿する")).unwrap();
    rebuild(&options, &last, false);
    assert_eq!(last.error(), None);
    assert!(std::fs::read_to_string(&page).unwrap().contains("暗号化し、又は秘匿する"));
    assert_eq!(http_get(addr, ERROR_PATH).0, "HTTP/1.1 204 No Content");
}

#[test]
fn under_serve_a_file_that_was_already_unreadable_does_not_block_rebuilds() {
    use reiki::cli::serve::{rebuild, LastBuild};
    let tmp = tempfile::tempdir().unwrap();
    let mut options = project(tmp.path());
    options.live_reload = true;
    std::fs::write(tmp.path().join("regulations/broken.md"), "---\nid: [unclosed\n---\n第1条 本文\n").unwrap();
    let last = LastBuild::default();
    rebuild(&options, &last, true);
    assert_eq!(last.error(), None, "the first build publishes as `reiki build` does");
    let source = tmp.path().join("regulations/test-kitei.md");
    let text = std::fs::read_to_string(&source).unwrap();
    std::fs::write(&source, text.replace("暗号化する", "暗号化し、又は秘匿する")).unwrap();
    rebuild(&options, &last, false);
    assert_eq!(last.error(), None, "broken.md was already failing in the served site");
    let page = std::fs::read_to_string(options.output.join("reg/test-kitei.html")).unwrap();
    assert!(page.contains("暗号化し、又は秘匿する"));
}

#[test]
fn under_serve_with_the_cache_a_broken_save_keeps_the_page_and_the_fix_is_published() {
    use reiki::cli::serve::{rebuild, LastBuild};
    let tmp = tempfile::tempdir().unwrap();
    let mut options = project(tmp.path());
    options.live_reload = true;
    options.cache = Some(tmp.path().join(".reiki-cache"));
    let last = LastBuild::default();
    rebuild(&options, &last, true);
    let page = options.output.join("reg/test-kitei.html");
    let good = std::fs::read_to_string(&page).unwrap();
    // A save caught half-way: the front matter is cut inside a value.
    let source = tmp.path().join("regulations/test-kitei.md");
    let text = std::fs::read_to_string(&source).unwrap();
    std::fs::write(&source, &text.as_bytes()[..text.find("title:").unwrap() + "title: [".len()]).unwrap();
    rebuild(&options, &last, false);
    assert!(last.error().is_some_and(|e| e.contains("test-kitei.md")), "{:?}", last.error());
    assert_eq!(std::fs::read_to_string(&page).unwrap(), good, "the page is kept, not dropped");
    // The save completes: the edit is published from the cache's build.
    std::fs::write(&source, text.replace("暗号化する", "暗号化し、又は秘匿する")).unwrap();
    rebuild(&options, &last, false);
    assert_eq!(last.error(), None);
    assert!(std::fs::read_to_string(&page).unwrap().contains("暗号化し、又は秘匿する"));
}
