//! End-to-end journeys, one module per part of the app, each test named after what a person
//! does.

mod a11y;
mod answers;
mod calm;
mod card;
mod care;
mod days_after;
mod device_key;
mod discreet;
mod footprint;
mod hard_moments;
mod home;
mod home_fits;
mod insights;
mod journal;
mod keep;
mod keyboard;
mod large_text;
mod lock;
mod partner;
mod passcode;
mod phone_size;
mod reminders;
mod screens;
mod taps;
mod tray;
