//! The phone's own senses: vibration that guides the breathing exercise (Tauri's haptics
//! plugin), the fingerprint or face behind the second key slot (Tauri's biometric plugin,
//! whose Android side seals and opens a secret with a key of Android's keystore that only
//! strong biometrics release), and the system's share sheet (Android, through JNI). The
//! camera that reads a card's code is Tauri's barcode-scanner plugin, which the page calls
//! itself on phones alone (`capabilities/phone.json`). Both plugins are phone-only dependencies: a desktop build links
//! neither (`the_desktop_build_links_no_phone_plugin`), and there every call here answers that
//! the device has nothing of the kind.
//!
//! What is decided here is only how the device is asked; the breathing's rhythm is the page's
//! (`ui/js/calm.js`), the second slot's rules the core's (`vault/biometric.rs`).

use aftercare_core::{content::Content, vault::BiometricSecret};
use serde::Deserialize;

/// A moment of the breathing exercise the phone marks by vibrating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BreathCue {
    /// Breathe in: one pulse.
    In,
    /// Breathe out: two pulses.
    Out,
}

/// One vibration: how long it lasts, then the stillness before the next, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    desktop,
    allow(dead_code, reason = "the phones vibrate; the rhythm is tested here")
)]
pub struct Pulse {
    pub on_ms: u32,
    pub off_ms: u32,
}

/// Short and soft enough to feel with eyes closed, long apart enough to count.
#[cfg_attr(
    desktop,
    allow(dead_code, reason = "the phones vibrate; the rhythm is tested here")
)]
const PULSE: Pulse = Pulse {
    on_ms: 70,
    off_ms: 180,
};

#[cfg_attr(
    desktop,
    allow(dead_code, reason = "the phones vibrate; the rhythm is tested here")
)]
impl BreathCue {
    /// One pulse in, two out: told apart without looking.
    pub fn pulses(self) -> &'static [Pulse] {
        match self {
            BreathCue::In => &[PULSE],
            BreathCue::Out => &[PULSE, PULSE],
        }
    }
}

/// Why the phone did not do what it was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotDone {
    /// This device has no such thing (a desktop, iOS for the second key slot), or it is not
    /// set up (no fingerprint or face enrolled), or the person cancelled, or it failed.
    NotAvailable,
}

impl From<NotDone> for aftercare_core::Error {
    fn from(_: NotDone) -> Self {
        aftercare_core::Error::NotAvailable
    }
}

/// The phone's plugins, reached through the app once it has started.
pub struct Senses {
    #[cfg(mobile)]
    app: std::sync::OnceLock<tauri::AppHandle>,
}

impl Senses {
    pub fn new() -> Senses {
        Senses {
            #[cfg(mobile)]
            app: std::sync::OnceLock::new(),
        }
    }

    /// Connects the plugins once the app has started (phones).
    #[cfg(mobile)]
    pub fn connect(&self, app: &tauri::AppHandle) {
        let _ = self.app.set(app.clone());
    }

    /// Vibrates for `cue`, pulse by pulse (on a worker thread: it waits between pulses). Says
    /// whether the device vibrated.
    pub fn breathe(&self, cue: BreathCue) -> bool {
        #[cfg(mobile)]
        {
            use tauri_plugin_haptics::HapticsExt;
            let Some(app) = self.app.get() else {
                return false;
            };
            for pulse in cue.pulses() {
                if app.haptics().vibrate(pulse.on_ms).is_err() {
                    return false;
                }
                let pause = pulse.on_ms + pulse.off_ms;
                std::thread::sleep(std::time::Duration::from_millis(pause.into()));
            }
            true
        }
        #[cfg(desktop)]
        {
            let _ = cue;
            false
        }
    }

    /// Hands `text` to the system's share sheet, for the person to send however they like
    /// (Android). Returns once the sheet is asked for; what is chosen there is the system's.
    pub fn share(&self, text: String) -> Result<(), NotDone> {
        #[cfg(target_os = "android")]
        {
            self::android::share(self.app.get(), text)
        }
        #[cfg(not(target_os = "android"))]
        {
            let _ = text;
            Err(NotDone::NotAvailable)
        }
    }

    /// Has the phone's key store seal `secret` after the person's fingerprint or face, and
    /// returns what it sealed (opaque here). Android only.
    pub fn seal(&self, secret: &BiometricSecret, content: &Content) -> Result<Vec<u8>, NotDone> {
        #[cfg(target_os = "android")]
        {
            let options = tauri_plugin_biometric::AuthOptions {
                data_to_encrypt: Some(secret.hex().to_string()),
                ..self::android::options(content)
            };
            let sealed = self::android::cipher(self.app.get(), content, options)?;
            Ok(sealed.as_bytes().to_vec())
        }
        #[cfg(not(target_os = "android"))]
        {
            let _ = (secret, content);
            Err(NotDone::NotAvailable)
        }
    }

    /// Has the phone's key store open `sealed` after the person's fingerprint or face: the
    /// secret behind the second key slot. Android only.
    pub fn open(&self, sealed: &[u8], content: &Content) -> Result<BiometricSecret, NotDone> {
        #[cfg(target_os = "android")]
        {
            let sealed = std::str::from_utf8(sealed).map_err(|_| NotDone::NotAvailable)?;
            let options = tauri_plugin_biometric::AuthOptions {
                data_to_decrypt: Some(sealed.to_owned()),
                ..self::android::options(content)
            };
            let hex =
                zeroize::Zeroizing::new(self::android::cipher(self.app.get(), content, options)?);
            BiometricSecret::from_hex(&hex).map_err(|_| NotDone::NotAvailable)
        }
        #[cfg(not(target_os = "android"))]
        {
            let _ = (sealed, content);
            Err(NotDone::NotAvailable)
        }
    }
}

impl Default for Senses {
    fn default() -> Self {
        Senses::new()
    }
}

/// Android's biometric prompt, in the app's own words (`[biometric]` in `content/ui.toml`), and
/// its share sheet.
#[cfg(target_os = "android")]
mod android {
    use aftercare_core::content::Content;
    use jni::{
        objects::{JObject, JValue},
        JNIEnv,
    };
    use tauri::Manager;
    use tauri_plugin_biometric::{AuthOptions, BiometricExt};

    use super::NotDone;

    /// `Intent.createChooser(new Intent(ACTION_SEND).setType("text/plain")
    /// .putExtra(EXTRA_TEXT, text), null)`, started from the activity.
    pub fn share(app: Option<&tauri::AppHandle>, text: String) -> Result<(), NotDone> {
        // The app has one window (`window.rs`); whichever it is, the sheet starts from it.
        let window = app
            .and_then(|app| app.webview_windows().into_values().next())
            .ok_or(NotDone::NotAvailable)?;
        let (send, receive) = std::sync::mpsc::channel();
        window
            .with_webview(move |webview| {
                webview.jni_handle().exec(move |env, activity, _| {
                    let _ = send.send(start_sheet(env, activity, &text).is_ok());
                });
            })
            .map_err(|_| NotDone::NotAvailable)?;
        match receive.recv_timeout(std::time::Duration::from_secs(5)) {
            Ok(true) => Ok(()),
            _ => Err(NotDone::NotAvailable),
        }
    }

    fn start_sheet(env: &mut JNIEnv, activity: &JObject, text: &str) -> jni::errors::Result<()> {
        let action = env.new_string("android.intent.action.SEND")?;
        let intent = env.new_object(
            "android/content/Intent",
            "(Ljava/lang/String;)V",
            &[JValue::Object(&action)],
        )?;
        let kind = env.new_string("text/plain")?;
        env.call_method(
            &intent,
            "setType",
            "(Ljava/lang/String;)Landroid/content/Intent;",
            &[JValue::Object(&kind)],
        )?;
        let (name, words) = (
            env.new_string("android.intent.extra.TEXT")?,
            env.new_string(text)?,
        );
        env.call_method(
            &intent,
            "putExtra",
            "(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;",
            &[JValue::Object(&name), JValue::Object(&words)],
        )?;
        let chooser = env
            .call_static_method(
                "android/content/Intent",
                "createChooser",
                "(Landroid/content/Intent;Ljava/lang/CharSequence;)Landroid/content/Intent;",
                &[JValue::Object(&intent), JValue::Object(&JObject::null())],
            )?
            .l()?;
        env.call_method(
            activity,
            "startActivity",
            "(Landroid/content/Intent;)V",
            &[JValue::Object(&chooser)],
        )?;
        Ok(())
    }

    pub fn options(content: &Content) -> AuthOptions {
        let word = |key: &str| content.string(key).map(str::to_owned);
        AuthOptions {
            // Strong biometrics only: the keystore's key is released by nothing else, and the
            // passcode is the other way in.
            allow_device_credential: false,
            title: word("biometric.prompt_title"),
            cancel_title: word("biometric.prompt_cancel"),
            confirmation_required: Some(false),
            ..AuthOptions::default()
        }
    }

    /// Runs the prompt and the keystore's cipher; the text it gives back.
    pub fn cipher(
        app: Option<&tauri::AppHandle>,
        content: &Content,
        options: AuthOptions,
    ) -> Result<String, NotDone> {
        let app = app.ok_or(NotDone::NotAvailable)?;
        let reason = content
            .string("biometric.prompt_reason")
            .unwrap_or_default()
            .to_owned();
        app.biometric()
            .biometric_cipher(reason, options)
            .map(|result| result.data)
            .map_err(|_| NotDone::NotAvailable)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breathing_in_is_one_pulse_and_breathing_out_is_two() {
        assert_eq!(BreathCue::In.pulses().len(), 1);
        assert_eq!(BreathCue::Out.pulses().len(), 2);
        for pulse in BreathCue::Out.pulses() {
            assert!(
                pulse.off_ms >= 2 * pulse.on_ms,
                "a pause long enough to feel two pulses as two"
            );
        }
        let whole: u32 = BreathCue::Out
            .pulses()
            .iter()
            .map(|p| p.on_ms + p.off_ms)
            .sum();
        assert!(whole < 1000, "over well within the four counts of a breath");
    }
}
