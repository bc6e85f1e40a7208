//! Linux: how WebKit paints on a machine with no GPU to paint with.
//!
//! WebKitGTK (2.46 and later) paints the page with Skia on the GPU. Where there is no GPU device
//! (no DRM render node: a virtual machine without GPU passthrough, many remote desktops, Xvfb), or
//! where Mesa is told to render in software, that "GPU" is Mesa's llvmpipe: the GPU's work done on
//! the CPU, plus compiling every shader Skia asks for with LLVM. WebKit's CPU painting (Skia's
//! raster threads, what WebKit itself uses on embedded boards) then does the same pixels for far
//! less, in time to the painted dashboard and in memory (figures: docs/BENCHMARKS.md, "The tray
//! app"). With a GPU nothing changes; a user's own setting of
//! the variable is always kept.

use std::ffi::OsStr;

/// WebKitGTK's switch to Skia's CPU painting.
const CPU_PAINTING: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";

/// Asks WebKit to paint on the CPU when the machine has no GPU. Call before GTK starts and before
/// any thread (it sets an environment variable, which the web process inherits).
pub fn choose() {
    let user = std::env::var_os(CPU_PAINTING);
    let software = std::env::var_os("LIBGL_ALWAYS_SOFTWARE");
    if paint_on_cpu(user.as_deref(), has_render_node(), software.as_deref()) {
        std::env::set_var(CPU_PAINTING, "1");
    }
}

/// Whether to turn CPU painting on: never over the user's own setting (whatever its value);
/// otherwise when no GPU can be reached or Mesa is told to render in software.
fn paint_on_cpu(
    user: Option<&OsStr>,
    render_node: bool,
    libgl_always_software: Option<&OsStr>,
) -> bool {
    if user.is_some() {
        return false;
    }
    // Mesa reads the variable as a boolean: unset, empty, "0" and "false" leave the GPU on.
    let forced_software =
        libgl_always_software.is_some_and(|v| !matches!(v.to_str(), Some("" | "0" | "false")));
    !render_node || forced_software
}

/// Whether a GPU can be reached: Mesa and WebKit's DMA-BUF renderer open `/dev/dri/renderD*`.
fn has_render_node() -> bool {
    let Ok(entries) = std::fs::read_dir("/dev/dri") else { return false };
    entries
        .filter_map(Result::ok)
        .any(|e| e.file_name().to_str().is_some_and(|n| n.starts_with("renderD")))
}

#[cfg(test)]
mod tests {
    use super::paint_on_cpu;
    use std::ffi::OsStr;

    #[test]
    fn cpu_painting_only_without_a_gpu_and_never_over_the_users_setting() {
        let s = |v: &'static str| Some(OsStr::new(v));
        // A GPU: WebKit's default.
        assert!(!paint_on_cpu(None, true, None));
        // No render node: llvmpipe would emulate the GPU.
        assert!(paint_on_cpu(None, false, None));
        // Mesa told to render in software, GPU or not.
        assert!(paint_on_cpu(None, true, s("1")));
        assert!(paint_on_cpu(None, true, s("true")));
        assert!(!paint_on_cpu(None, true, s("0")));
        assert!(!paint_on_cpu(None, true, s("false")));
        assert!(!paint_on_cpu(None, true, s("")));
        // The user's own choice stands, either way.
        assert!(!paint_on_cpu(s("0"), false, None));
        assert!(!paint_on_cpu(s("1"), false, s("1")));
    }
}
