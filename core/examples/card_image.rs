//! Writes a sample card image, to look at: `cargo run -p aftercare-core --example card_image OUT.png`.

use aftercare_core::{
    card::{card_png, AftercareCard},
    content::Content,
};

fn main() {
    let content = Content::embedded().expect("content");
    let card: AftercareCard = serde_json::from_str(
        r#"{"fields": {
            "needs": {"choices": ["water", "touch", "quiet"], "words": "my old hoodie"},
            "normal-for-me": {"choices": ["cry", "feel-cold"]},
            "please-dont": {"words": "rush off straight away, or make jokes about it"},
            "if-quiet": {"words": "I'm processing, not upset"},
            "check-tomorrow": {"yes": true}
        }}"#,
    )
    .expect("a sample card");
    card.validate(content)
        .expect("a card that fits content/card.toml");
    let text = card.to_text(content);
    let caption = content.string("my_card.image_caption").unwrap_or_default();
    let png = card_png(&text, caption).expect("an image");
    let out = std::env::args().nth(1).unwrap_or_else(|| "card.png".into());
    std::fs::write(&out, png).expect("write the image");
    println!("{out}");
}
