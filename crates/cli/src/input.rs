//! Input sources for `rasd extract`: files (plain, or gzip when named *.gz) or standard input, each either JSON
//! Lines or one plain-text article (CONTRACT.md), read as a stream of jobs in bounded memory.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

/// One unit of work, parsed and extracted in a worker thread.
pub enum Job {
    /// A JSON Lines record and the id it gets if it has none (`<stem>:<line>`).
    JsonLine { bytes: Vec<u8>, fallback_id: String },
    /// A whole plain-text input.
    Plain { id: String, bytes: Vec<u8> },
    /// A record that failed before parsing (too long to read, I/O error).
    Failed { id: String, message: String },
}

pub struct Source {
    /// The id stem: the file name without extension(s), or "stdin".
    pub stem: String,
    reader: Box<dyn BufRead + Send>,
    /// Past the first non-blank line, the format is known.
    format: Option<bool>,
    line: usize,
    done: bool,
}

pub fn open(path: Option<&Path>) -> io::Result<Source> {
    let (stem, reader): (String, Box<dyn BufRead + Send>) = match path {
        None => ("stdin".into(), Box::new(BufReader::with_capacity(1 << 20, io::stdin()))),
        Some(p) => {
            let f = File::open(p)?;
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let gz = name.ends_with(".gz");
            let base = name.trim_end_matches(".gz");
            let stem = match base.rfind('.') {
                Some(i) if i > 0 => base[..i].to_string(),
                _ => base.to_string(),
            };
            let r: Box<dyn BufRead + Send> = if gz {
                Box::new(BufReader::with_capacity(1 << 20, flate2::read::MultiGzDecoder::new(BufReader::new(f))))
            } else {
                Box::new(BufReader::with_capacity(1 << 20, f))
            };
            (stem, r)
        }
    };
    Ok(Source { stem, reader, format: None, line: 0, done: false })
}

/// Read one line (without its `\n`) into `buf`, keeping at most `cap` bytes; returns None at end of input and
/// Some(true) when the line was longer than `cap` (the rest is skipped, so memory stays bounded).
fn read_line_capped(r: &mut dyn BufRead, buf: &mut Vec<u8>, cap: usize) -> io::Result<Option<bool>> {
    buf.clear();
    let mut over = false;
    let mut any = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(if any { Some(over) } else { None });
        }
        any = true;
        let (chunk, found) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (&avail[..i], Some(i)),
            None => (avail, None),
        };
        if !over {
            if buf.len() + chunk.len() > cap {
                over = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = found.map_or(avail.len(), |i| i + 1);
        r.consume(used);
        if found.is_some() {
            return Ok(Some(over));
        }
    }
}

impl Source {
    /// JSON Lines when the first non-blank character is `{` (CONTRACT.md); decided from the buffered start of
    /// the input without consuming it, so a plain text keeps its leading whitespace and its offsets.
    fn detect(&mut self) -> bool {
        loop {
            match self.reader.fill_buf() {
                Ok(b) if b.is_empty() => return false,
                Ok(b) => match b.iter().position(|c| !c.is_ascii_whitespace()) {
                    Some(i) => return b[i] == b'{',
                    // Only whitespace buffered: it is not part of any JSON record, skip it.
                    None => {
                        let n = b.len();
                        self.reader.consume(n);
                    }
                },
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => return false,
            }
        }
    }

    /// The next job, or None when the input is exhausted. `max_bytes` bounds what one record may hold.
    pub fn next_job(&mut self, max_bytes: usize) -> Option<Job> {
        if self.done {
            return None;
        }
        if self.format.is_none() {
            let json = self.detect();
            self.format = Some(json);
            if !json {
                return self.read_plain(max_bytes);
            }
        }
        // JSON escapes can make a line up to 6x its text: read enough to give a precise error, no more.
        let cap = max_bytes.saturating_mul(6).saturating_add(1 << 16);
        let mut buf = Vec::new();
        loop {
            match read_line_capped(&mut *self.reader, &mut buf, cap) {
                Ok(Some(over)) => {
                    self.line += 1;
                    let fallback_id = format!("{}:{}", self.stem, self.line);
                    if over {
                        return Some(Job::Failed { id: fallback_id, message: format!("record is over the size limit of {max_bytes} bytes of text") });
                    }
                    if buf.iter().all(|b| b.is_ascii_whitespace()) {
                        continue;
                    }
                    return Some(Job::JsonLine { bytes: std::mem::take(&mut buf), fallback_id });
                }
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    return Some(Job::Failed { id: format!("{}:{}", self.stem, self.line + 1), message: format!("read error: {e}") });
                }
            }
        }
    }

    /// A plain-text input is one article, exactly as read.
    fn read_plain(&mut self, max_bytes: usize) -> Option<Job> {
        self.done = true;
        let id = self.stem.clone();
        let mut bytes = Vec::new();
        if let Err(e) = (&mut self.reader).take(max_bytes as u64 + 1).read_to_end(&mut bytes) {
            return Some(Job::Failed { id, message: format!("read error: {e}") });
        }
        if bytes.is_empty() {
            return Some(Job::Failed { id, message: "text is empty".into() });
        }
        if bytes.len() > max_bytes {
            let _ = io::copy(&mut self.reader, &mut io::sink());
            return Some(Job::Failed { id, message: format!("text is over the limit of {max_bytes} bytes (set --max-bytes to raise it)") });
        }
        Some(Job::Plain { id, bytes })
    }
}
