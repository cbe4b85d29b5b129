//! A small status-notifier host on the journey's session bus, standing in for a desktop's
//! panel: it owns `org.kde.StatusNotifierWatcher`, as a panel's watcher does, so the app's
//! indicator (libayatana-appindicator) registers its item with it; it reads the item's menu
//! over `com.canonical.dbusmenu` and chooses an entry by sending `Event(id, "clicked", …)`,
//! exactly as a panel does when the person clicks it.
//!
//! Start it before the app: the indicator looks for the watcher when the tray is made (it also
//! registers when one appears later, after a fallback timer).

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use zbus::{
    object_server::SignalEmitter,
    zvariant::{OwnedObjectPath, OwnedValue, Structure, Value},
    Connection, Proxy,
};

const PATIENCE: Duration = Duration::from_secs(30);

/// A dbusmenu layout node: its id, its properties, its children.
type Layout = (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>);

/// One entry of the menu as the panel reads it: its id in the menu, its label, and whether it
/// can be chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuEntry {
    pub id: i32,
    pub label: String,
    pub enabled: bool,
    pub separator: bool,
}

/// Where an item said it lives: the bus name of the app and the object path of its item.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    bus: String,
    path: String,
}

/// The watcher: remembers the items that register.
struct Watcher {
    items: Arc<Mutex<Vec<Item>>>,
}

#[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
impl Watcher {
    /// An item registers with its object path (libappindicator) or its bus name (others).
    async fn register_status_notifier_item(
        &self,
        service: String,
        #[zbus(header)] header: zbus::message::Header<'_>,
        #[zbus(signal_emitter)] emitter: SignalEmitter<'_>,
    ) {
        let sender = header
            .sender()
            .map(|name| name.to_string())
            .unwrap_or_default();
        let item = if service.starts_with('/') {
            Item {
                bus: sender,
                path: service,
            }
        } else {
            Item {
                bus: service,
                path: "/StatusNotifierItem".to_owned(),
            }
        };
        let name = format!("{}{}", item.bus, item.path);
        self.items.lock().unwrap().push(item);
        let _ = Self::status_notifier_item_registered(&emitter, &name).await;
    }

    async fn register_status_notifier_host(&self, _service: String) {}

    #[zbus(property)]
    async fn registered_status_notifier_items(&self) -> Vec<String> {
        self.items
            .lock()
            .unwrap()
            .iter()
            .map(|item| format!("{}{}", item.bus, item.path))
            .collect()
    }

    #[zbus(property)]
    async fn is_status_notifier_host_registered(&self) -> bool {
        true
    }

    #[zbus(property)]
    async fn protocol_version(&self) -> i32 {
        0
    }

    #[zbus(signal)]
    async fn status_notifier_item_registered(
        emitter: &SignalEmitter<'_>,
        service: &str,
    ) -> zbus::Result<()>;
}

/// The panel: a watcher on the session bus and what registered with it.
pub struct TrayHost {
    connection: Connection,
    items: Arc<Mutex<Vec<Item>>>,
}

impl TrayHost {
    /// Takes the watcher's name on the journey's session bus.
    pub async fn start() -> TrayHost {
        assert!(
            std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
            "no session bus: run the journeys through `cargo xtask test` (dbus-run-session)"
        );
        let items = Arc::new(Mutex::new(Vec::new()));
        let connection = zbus::connection::Builder::session()
            .expect("the session bus")
            .name("org.kde.StatusNotifierWatcher")
            .expect("the watcher's name")
            .serve_at(
                "/StatusNotifierWatcher",
                Watcher {
                    items: items.clone(),
                },
            )
            .expect("the watcher's object")
            .build()
            .await
            .expect("the watcher on the session bus");
        TrayHost { connection, items }
    }

    /// The app's item, once it registered.
    async fn item(&self) -> Item {
        let start = Instant::now();
        loop {
            if let Some(item) = self.items.lock().unwrap().last().cloned() {
                return item;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "no status-notifier item registered with the watcher"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The item's menu, as a panel finds it: the `Menu` property of the item.
    async fn menu_proxy(&self) -> Proxy<'static> {
        let item = self.item().await;
        let properties = Proxy::new(
            &self.connection,
            item.bus.clone(),
            item.path.clone(),
            "org.kde.StatusNotifierItem",
        )
        .await
        .expect("the item's proxy");
        let menu: OwnedObjectPath = properties
            .get_property("Menu")
            .await
            .expect("the item names its menu");
        Proxy::new(
            &self.connection,
            item.bus,
            menu.to_string(),
            "com.canonical.dbusmenu",
        )
        .await
        .expect("the menu's proxy")
    }

    /// The menu's entries, top level, in order, as a panel reads them before showing it.
    pub async fn menu(&self) -> Vec<MenuEntry> {
        let menu = self.menu_proxy().await;
        let _: bool = menu.call("AboutToShow", &(0i32,)).await.unwrap_or(false);
        let (_revision, (_id, _properties, children)): (u32, Layout) = menu
            .call("GetLayout", &(0i32, 1i32, Vec::<String>::new()))
            .await
            .expect("GetLayout");
        children.iter().filter_map(entry).collect()
    }

    /// Waits until the menu's labels are `wanted`, and returns the entries.
    pub async fn wait_for_labels(&self, wanted: &[&str]) -> Vec<MenuEntry> {
        let start = Instant::now();
        loop {
            let entries = self.menu().await;
            let labels: Vec<&str> = entries
                .iter()
                .filter(|e| !e.separator)
                .map(|e| e.label.as_str())
                .collect();
            if labels == wanted {
                return entries;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "the tray's menu never read {wanted:?}; it reads {labels:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Chooses the entry labelled `label`, as a panel does when it is clicked.
    pub async fn click(&self, label: &str) {
        let entries = self.menu().await;
        let entry = entries
            .iter()
            .find(|e| e.label == label)
            .unwrap_or_else(|| panic!("no entry {label:?} in the tray's menu: {entries:?}"));
        assert!(entry.enabled, "{label:?} cannot be chosen");
        let menu = self.menu_proxy().await;
        let () = menu
            .call("Event", &(entry.id, "clicked", Value::from(0i32), 0u32))
            .await
            .expect("Event");
    }
}

/// One child of the layout: `(id, properties, children)` inside a variant.
fn entry(child: &OwnedValue) -> Option<MenuEntry> {
    let mut value: &Value<'_> = child;
    while let Value::Value(inner) = value {
        value = inner;
    }
    let Value::Structure(structure) = value else {
        return None;
    };
    let fields = Structure::fields(structure);
    let Some(Value::I32(id)) = fields.first() else {
        return None;
    };
    let Some(Value::Dict(properties)) = fields.get(1) else {
        return None;
    };
    let string =
        |key: &str| -> Option<String> { properties.get::<&str, String>(&key).ok().flatten() };
    let flag = |key: &str, default: bool| -> bool {
        properties
            .get::<&str, bool>(&key)
            .ok()
            .flatten()
            .unwrap_or(default)
    };
    if !flag("visible", true) {
        return None;
    }
    // GTK's mnemonics reach the menu as underscores.
    let label = string("label").unwrap_or_default().replace('_', "");
    Some(MenuEntry {
        id: *id,
        label,
        enabled: flag("enabled", true),
        separator: string("type").as_deref() == Some("separator"),
    })
}
