//! "What helps me" (issue 18 §1): a few weeks of history, unlocked, read as a person would.

use aftercare_e2e::{
    history::{weeks_of_history, PASSCODE},
    App, Launch, Theme,
};

use crate::care::unlock;

async fn what_helps_me(theme: Theme, journey: &'static str) {
    let app = App::start(
        journey,
        Launch {
            theme,
            data_dir: Some(weeks_of_history()),
            ..Launch::default()
        },
    )
    .await;
    unlock(&app, PASSCODE).await;
    app.wait_view("home").await;
    app.click(".more-nav a[href='#/insights']").await;
    app.wait_view("insights").await;

    // Water went with check-ins a little better, and the app says "goes with", never more.
    let water = app
        .wait_for("#insights-care li[data-action='water'][data-lean='better']")
        .await;
    let said = water.text().await.unwrap();
    assert!(said.contains("tend to be a little better"), "{said}");
    // The dip on day two shows in the table the chart stands for.
    let day_two: Vec<String> = {
        let mut cells = vec![];
        for cell in app
            .all("#insights-days-rows tr[data-span='day-two'] td")
            .await
        {
            cells.push(cell.text().await.unwrap());
        }
        cells
    };
    let next_day = app
        .text("#insights-days-rows tr[data-span='next-day'] td")
        .await;
    assert!(
        day_two[0].parse::<f32>().unwrap() < next_day.parse::<f32>().unwrap(),
        "{day_two:?} / {next_day}"
    );
    assert_eq!(app.all("#insights-days-chart rect").await.len(), 3);
    assert!(app.all("#insights-calendar .had-moment").await.len() >= 13);
    app.screenshot("insights").await;
    let violations = app.axe("insights").await;
    assert!(violations.is_empty(), "{violations:?}");
    app.finish().await;
}

#[tokio::test]
async fn a_few_weeks_of_history_show_what_goes_with_feeling_better_light() {
    what_helps_me(Theme::Light, "insights-light").await;
}

#[tokio::test]
async fn a_few_weeks_of_history_show_what_goes_with_feeling_better_dark() {
    what_helps_me(Theme::Dark, "insights-dark").await;
}
