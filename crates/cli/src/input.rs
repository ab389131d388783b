//! Input sources for `rasd extract`: files (plain, or gzip when named *.gz) or standard input (no file, or `-`),
//! each either JSON Lines or one plain-text article (CONTRACT.md), read as a stream of jobs in bounded memory.
//!
//! Read as the user meant it, or refused with a reason: a UTF-8 byte-order mark is skipped before the format is
//! decided; UTF-16 input (with or without a byte-order mark) is refused with an error naming it; a directory is a
//! usage error.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

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

/// Counts the bytes read from a file (before decompression), for the progress bar.
struct Counted<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Why an input cannot be opened: always a usage error (exit status 2).
pub fn open_error(path: &Path, e: &io::Error) -> String {
    format!("cannot open {}: {e}", path.display())
}

/// Open an input: `None` or `-` is standard input. A directory is refused (an `io::Error` saying so); `read`
/// counts the bytes taken from a file, for progress.
pub fn open(path: Option<&Path>, read: Arc<AtomicU64>) -> io::Result<Source> {
    let path = path.filter(|p| p.as_os_str() != "-");
    let (stem, reader): (String, Box<dyn BufRead + Send>) = match path {
        None => ("stdin".into(), Box::new(BufReader::with_capacity(1 << 20, io::stdin()))),
        Some(p) => {
            if p.is_dir() {
                return Err(io::Error::new(io::ErrorKind::InvalidInput, "it is a directory (give the files in it, e.g. DIR/*.jsonl)"));
            }
            let f = Counted { inner: File::open(p)?, read };
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
    /// the input without consuming it, so a plain text keeps its leading whitespace and its offsets. A UTF-8
    /// byte-order mark is consumed first (it is not part of the text); UTF-16 is an error.
    fn detect(&mut self) -> Result<bool, String> {
        if let Ok(b) = self.reader.fill_buf() {
            if b.starts_with(b"\xEF\xBB\xBF") {
                self.reader.consume(3);
            } else if let Some(what) = utf16(b) {
                return Err(format!("the input is UTF-16 ({what}), not UTF-8; convert it first, e.g. iconv -f UTF-16 -t UTF-8"));
            }
        }
        Ok(loop {
            match self.reader.fill_buf() {
                Ok(b) if b.is_empty() => break false,
                Ok(b) => match b.iter().position(|c| !c.is_ascii_whitespace()) {
                    Some(i) => break b[i] == b'{',
                    // Only whitespace buffered: it is not part of any JSON record, skip it.
                    None => {
                        let n = b.len();
                        self.reader.consume(n);
                    }
                },
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => break false,
            }
        })
    }

    /// The next job, or None when the input is exhausted. `max_bytes` bounds what one record may hold.
    pub fn next_job(&mut self, max_bytes: usize) -> Option<Job> {
        if self.done {
            return None;
        }
        if self.format.is_none() {
            let json = match self.detect() {
                Ok(json) => json,
                Err(message) => {
                    // The whole input is one failed record; the run goes on with the next input.
                    self.done = true;
                    let _ = io::copy(&mut self.reader, &mut io::sink());
                    return Some(Job::Failed { id: self.stem.clone(), message });
                }
            };
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

/// Is this the start of a UTF-16 text? By its byte-order mark, or, without one, by its zero bytes and Arabic block
/// bytes (0x06 for U+0600..U+06FF) on one side of each byte pair: a UTF-8 text has neither, while in UTF-16 every
/// ASCII character has a zero high byte and every Arabic letter a 0x06 one. The sample must also decode as
/// UTF-16 (no lone surrogates).
pub fn utf16(start: &[u8]) -> Option<&'static str> {
    if start.starts_with(b"\xFF\xFE") {
        return Some("little-endian, with a byte-order mark");
    }
    if start.starts_with(b"\xFE\xFF") {
        return Some("big-endian, with a byte-order mark");
    }
    let sample = &start[..start.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let high = |odd: usize| sample.iter().skip(odd).step_by(2).filter(|&&b| b == 0 || b == 6).count();
    let (even, odd) = (high(0), high(1));
    let decodes = |le: bool| {
        let units = sample.chunks_exact(2).map(|p| if le { u16::from_le_bytes([p[0], p[1]]) } else { u16::from_be_bytes([p[0], p[1]]) });
        // The sample may cut a surrogate pair at its end.
        char::decode_utf16(units).take(pairs - 1).all(|c| c.is_ok())
    };
    if odd * 10 >= pairs * 9 && even * 10 < pairs && decodes(true) {
        Some("little-endian, without a byte-order mark")
    } else if even * 10 >= pairs * 9 && odd * 10 < pairs && decodes(false) {
        Some("big-endian, without a byte-order mark")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::utf16;

    #[test]
    fn utf16_is_recognised_and_utf8_is_not() {
        let text = "قال الوزير إن المحادثات ستستأنف غدا في باكو (Baku) 2023.\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(utf16(&le), Some("little-endian, without a byte-order mark"));
        assert_eq!(utf16(&be), Some("big-endian, without a byte-order mark"));
        assert_eq!(utf16(&[&[0xFF, 0xFE][..], &le].concat()), Some("little-endian, with a byte-order mark"));
        assert_eq!(utf16(text.as_bytes()), None);
        assert_eq!(utf16("{\"text\": \"نص\"}".as_bytes()), None);
        assert_eq!(utf16(b"ab"), None);
    }
}
