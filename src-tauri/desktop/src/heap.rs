//! Memory a burst of work freed, given back to the system.
//!
//! glibc's allocator keeps what it frees mapped for reuse unless it lies at the very top of a
//! heap. Recert's work comes in bursts (the start-up reads and checks every record, a command
//! answers, a reminder pass reads the records again) and then it waits for hours, so what a burst
//! freed would stay counted against it all day. When the app closes its database (two seconds
//! after the last command, `Shell::release`: sled's caches go with it) and when the tray process
//! ends a pass, each asks glibc to return the free pages (`malloc_trim`); what that gives back
//! is measured in docs/BENCHMARKS.md, "The tray app". Other platforms' allocators (the Windows heap, macOS's
//! malloc zones) decommit free pages on their own; nothing to do there.

/// Returns the free pages of every glibc heap to the system. Takes each heap's lock while it walks
/// that heap's free chunks, so it is called from background threads, not the UI's.
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes no pointers; it only releases pages glibc holds as free.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
mod tests {
    /// Resident memory of this process, in pages (/proc/self/statm's second field).
    fn resident_pages() -> usize {
        let statm = std::fs::read_to_string("/proc/self/statm").expect("statm");
        statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).expect("resident pages")
    }

    #[test]
    fn freed_small_blocks_are_given_back() {
        // 64 MiB in blocks below glibc's mmap threshold, so they come from a heap; the last one
        // is kept, so freeing the rest leaves them inside the heap rather than at its top.
        let mut blocks: Vec<Vec<u8>> =
            (0..16_384).map(|i| vec![(i % 251) as u8 + 1; 4096]).collect();
        let kept = blocks.pop();
        drop(blocks);
        let before = resident_pages();
        super::give_back();
        let after = resident_pages();
        // At least half of the 16,384 freed pages (other tests' threads allocate meanwhile).
        assert!(before > after + 8_192, "resident pages {before} → {after}");
        drop(kept);
    }
}
