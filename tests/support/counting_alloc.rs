//! A global allocator that counts, per thread, the allocations and the
//! bytes asked for: a measure of work that no load on the machine changes,
//! for the tests that show a reader or the macro's pipeline is linear.
//! Shared by the workspace's tests and gwerr-codegen's through `#[path]`.
//!
//! Implementing `GlobalAlloc` is `unsafe`; this file only forwards to the
//! system allocator and is compiled into test binaries alone.

#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, counting.
pub struct Counting;

thread_local! {
    // Const-initialised and without a destructor: touching them never
    // allocates, so the allocator cannot call itself.
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
    static BYTES: Cell<u64> = const { Cell::new(0) };
}

fn count(size: usize) {
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
    let _ = BYTES.try_with(|n| n.set(n.get() + size as u64));
}

// SAFETY: every call is forwarded unchanged to `System`.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

/// What one run of some work allocated on this thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allocated {
    /// Calls to `alloc`, `alloc_zeroed` and `realloc`.
    pub allocations: u64,
    /// The bytes those calls asked for (a `realloc` counts its new size).
    pub bytes: u64,
}

/// Runs `work` and returns what it allocated on this thread.
pub fn allocated(work: impl FnOnce()) -> Allocated {
    let before = (ALLOCATIONS.with(Cell::get), BYTES.with(Cell::get));
    work();
    Allocated {
        allocations: ALLOCATIONS.with(Cell::get) - before.0,
        bytes: BYTES.with(Cell::get) - before.1,
    }
}

/// Asserts that `work(factor * n)` allocates no more than `factor` times
/// what `work(n)` allocates, give or take `slack` (a quadratic step
/// allocating per pair would pass `factor` squared), in calls and bytes.
pub fn assert_linear_allocations(
    name: &str,
    n: usize,
    factor: u64,
    slack: f64,
    work: impl Fn(usize),
) {
    let small = allocated(|| work(n));
    let large = allocated(|| work(n * factor as usize));
    let bound = |small: u64| (small as f64 * factor as f64 * slack).max(16.0);
    let measures = [
        ("allocations", small.allocations, large.allocations),
        ("bytes", small.bytes, large.bytes),
    ];
    for (measure, small, large) in measures {
        assert!(
            large as f64 <= bound(small),
            "{name}: {factor}x the input made {large} {measure}, against {small} (bound {:.0})",
            bound(small),
        );
    }
}
