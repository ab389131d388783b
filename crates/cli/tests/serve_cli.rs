//! `rasd serve` as a process: serves the database, refuses a non-loopback address without RASD_TOKEN, and stops
//! cleanly (exit 0) on SIGTERM and SIGINT.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("rasd-serve-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn seeded_db(name: &str) -> PathBuf {
    let db = temp_dir(name).join("r.db");
    let example = format!("{}/../../examples/karabakh.txt", env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_rasd"))
        .args(["ingest", "--db", db.to_str().unwrap(), "--published", "2023-09-21", &example])
        .env_remove("RASD_DB")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    db
}

/// Start `rasd serve` and return it with the address it printed.
fn serve(db: &PathBuf, addr: &str, token: Option<&str>) -> (Child, String, BufReader<std::process::ChildStderr>) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rasd"));
    cmd.args(["serve", "--db", db.to_str().unwrap(), "--addr", addr]).env_remove("RASD_TOKEN").env("RUST_LOG", "info");
    if let Some(t) = token {
        cmd.env("RASD_TOKEN", t);
    }
    let mut child = cmd.stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    loop {
        line.clear();
        assert!(err.read_line(&mut line).unwrap() > 0, "rasd serve ended before listening");
        if let Some(rest) = line.split("listening on http://").nth(1) {
            return (child, rest.split('/').next().unwrap().to_string(), err);
        }
    }
}

fn http(addr: &str, request: &str) -> String {
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

fn signal(child: &Child, sig: &str) {
    assert!(Command::new("kill").args([sig, &child.id().to_string()]).status().unwrap().success());
}

fn wait_exit(child: &mut Child) -> Option<i32> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if let Some(st) = child.try_wait().unwrap() {
            return st.code();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    panic!("rasd serve did not stop within 10 s");
}

#[test]
fn serves_then_stops_on_sigterm() {
    let db = seeded_db("term");
    let (mut child, addr, mut err) = serve(&db, "127.0.0.1:0", None);
    assert!(addr.starts_with("127.0.0.1:"), "{addr}");
    let res = http(&addr, "GET /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(res.starts_with("HTTP/1.1 200"), "{res}");
    assert!(res.contains("\"documents\":1"), "{res}");
    assert!(res.to_ascii_lowercase().contains("content-security-policy: default-src 'none'"), "{res}");
    let res = http(&addr, "GET /api/events?type=NOPE HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(res.starts_with("HTTP/1.1 400") && res.contains("\"parameter\":\"type\""), "{res}");
    signal(&child, "-TERM");
    assert_eq!(wait_exit(&mut child), Some(0));
    let mut rest = String::new();
    err.read_to_string(&mut rest).unwrap();
    assert!(rest.contains("shutting down"), "{rest}");
    // Structured request logs (tracing) were written for the requests.
    assert!(rest.contains("/api/stats") && rest.contains("status=200"), "{rest}");
}

#[test]
fn a_non_loopback_address_needs_a_token() {
    let db = seeded_db("token");
    let out = Command::new(env!("CARGO_BIN_EXE_rasd"))
        .args(["serve", "--db", db.to_str().unwrap(), "--addr", "0.0.0.0:0"])
        .env_remove("RASD_TOKEN")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("RASD_TOKEN"), "{}", String::from_utf8_lossy(&out.stderr));

    let token = "a-long-enough-test-token-123";
    let (mut child, addr, _err) = serve(&db, "0.0.0.0:0", Some(token));
    let port = addr.rsplit(':').next().unwrap();
    let local = format!("127.0.0.1:{port}");
    let body = "{\"text\": \"قال الرئيس\"}";
    let post = |auth: &str| {
        http(&local, &format!("POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{auth}Content-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()))
    };
    assert!(post("").starts_with("HTTP/1.1 401"));
    assert!(post(&format!("Authorization: Bearer {token}\r\n")).starts_with("HTTP/1.1 200"));
    signal(&child, "-INT");
    assert_eq!(wait_exit(&mut child), Some(0));
}

#[test]
fn a_missing_database_is_an_error() {
    let dir = temp_dir("missing");
    let out = Command::new(env!("CARGO_BIN_EXE_rasd"))
        .args(["serve", "--db", dir.join("none.db").to_str().unwrap(), "--addr", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no database"), "{}", String::from_utf8_lossy(&out.stderr));
}
