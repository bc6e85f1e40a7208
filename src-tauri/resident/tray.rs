//! The tray menu of the tray process: the same entries as the app's tray (src-tauri/shell/tray.rs),
//! from the same core model (`Recert::tray_model`), through tray-icon and libayatana-appindicator
//! as Tauri's tray does. Menus live on the GTK thread: the reminder loop sends models here.

use super::{lock, Context};
use recert_core::alerts::{Focus, TrayModel};
use std::cell::RefCell;
use std::sync::mpsc::Sender;
use std::sync::Arc;
use tray_icon::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tray_icon::{Icon, TrayIcon, TrayIconBuilder};

const ICON: &[u8] = include_bytes!("../../icons/tray.png");
const ICON_ATTENTION: &[u8] = include_bytes!("../../icons/tray-attention.png");
const ITEM_PREFIX: &str = "cert:";
/// "Open Recert" and a separator come before the certifications.
const FIRST_DYNAMIC: usize = 2;

/// What a click in the menu asks of the reminder loop.
pub enum Ask {
    TogglePause,
}

struct Tray {
    icon: TrayIcon,
    menu: Menu,
    open: MenuItem,
    pause: MenuItem,
    quit: MenuItem,
    dynamic: Vec<MenuItem>,
    last: Option<TrayModel>,
    context: Arc<Context>,
}

thread_local! {
    static TRAY: RefCell<Option<Tray>> = const { RefCell::new(None) };
}

pub fn build(model: &TrayModel, context: Arc<Context>, passes: Sender<Ask>) -> Result<(), String> {
    let open = MenuItem::with_id("open", &model.open_label, true, None);
    let pause = MenuItem::with_id("pause", &model.pause_label, true, None);
    let quit = MenuItem::with_id("quit", &model.quit_label, true, None);
    let menu = Menu::new();
    for item in [
        &open as &dyn tray_icon::menu::IsMenuItem,
        &PredefinedMenuItem::separator(),
        &PredefinedMenuItem::separator(),
        &pause,
        &quit,
    ] {
        menu.append(item).map_err(|e| e.to_string())?;
    }
    let icon = TrayIconBuilder::new()
        .with_id("recert")
        .with_icon(icon(ICON)?)
        .with_tooltip("Recert")
        .with_menu(Box::new(menu.clone()))
        .build()
        .map_err(|e| e.to_string())?;
    // Menu events arrive on the GTK thread (muda calls the handler from the item's signal).
    let passes = std::sync::Mutex::new(passes);
    MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
        on_menu(event.id().as_ref(), &passes)
    }));
    TRAY.with_borrow_mut(|t| {
        *t = Some(Tray { icon, menu, open, pause, quit, dynamic: Vec::new(), last: None, context })
    });
    Ok(())
}

fn on_menu(id: &str, passes: &std::sync::Mutex<Sender<Ask>>) {
    let Some(context) = TRAY.with_borrow(|t| t.as_ref().map(|t| t.context.clone())) else { return };
    match id {
        "open" => super::open_window(&context, None),
        "quit" => super::quit(&context),
        "pause" => {
            // The loop is gone only while the process ends.
            let _ = lock(passes).send(Ask::TogglePause);
        }
        other => {
            if let Some(focus) = other.strip_prefix(ITEM_PREFIX).and_then(Focus::from_menu_id) {
                super::open_window(&context, Some(focus));
            }
        }
    }
}

/// A second launch of `recert`: the window, on the dashboard.
pub fn open_from_second_launch() {
    if let Some(context) = TRAY.with_borrow(|t| t.as_ref().map(|t| t.context.clone())) {
        super::open_window(&context, None);
    }
}

/// A notification's click (from its waiting thread): the window, on that certification.
pub fn open_from_notification(focus: Option<Focus>) {
    gtk::glib::MainContext::default().invoke(move || {
        if let Some(context) = TRAY.with_borrow(|t| t.as_ref().map(|t| t.context.clone())) {
            super::open_window(&context, focus);
        }
    });
}

/// Applies `model` on the GTK thread (from the reminder loop's thread), when it changed.
pub fn show(model: TrayModel) {
    gtk::glib::MainContext::default().invoke(move || {
        TRAY.with_borrow_mut(|tray| {
            let Some(tray) = tray.as_mut() else { return };
            if tray.last.as_ref() == Some(&model) {
                return;
            }
            if let Err(e) = apply(tray, &model) {
                eprintln!("recert-tray: tray: {e}");
            }
            tray.last = Some(model);
        });
    });
}

fn apply(tray: &mut Tray, model: &TrayModel) -> Result<(), String> {
    tray.open.set_text(&model.open_label);
    tray.pause.set_text(&model.pause_label);
    tray.quit.set_text(&model.quit_label);
    for item in tray.dynamic.drain(..) {
        tray.menu.remove(&item).map_err(|e| e.to_string())?;
    }
    for (i, entry) in model.items.iter().enumerate() {
        let item = MenuItem::with_id(
            format!("{ITEM_PREFIX}{}", entry.focus.menu_id()),
            &entry.label,
            true,
            None,
        );
        tray.menu.insert(&item, FIRST_DYNAMIC + i).map_err(|e| e.to_string())?;
        tray.dynamic.push(item);
    }
    tray.icon
        .set_icon(Some(icon(if model.needs_action { ICON_ATTENTION } else { ICON })?))
        .map_err(|e| e.to_string())
}

/// The bundled PNG as the RGBA pixels tray-icon takes.
fn icon(png_bytes: &[u8]) -> Result<Icon, String> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::ALPHA | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|e| e.to_string())?;
    let mut pixels = vec![0; reader.output_buffer_size().ok_or("icon too large")?];
    let info = reader.next_frame(&mut pixels).map_err(|e| e.to_string())?;
    pixels.truncate(info.buffer_size());
    Icon::from_rgba(pixels, info.width, info.height).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_bundled_icons_decode_to_rgba() {
        for bytes in [super::ICON, super::ICON_ATTENTION] {
            assert!(super::icon(bytes).is_ok());
        }
    }
}
