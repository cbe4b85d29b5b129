// iOS keeps a snapshot of the app's screen for the app switcher, taken as the app leaves the
// foreground, and iOS has no way to block screenshots. So, as the app resigns active, a plain
// cover (the app's background colour, nothing else) goes over its window, and comes off when
// the app is active again: the snapshot shows the cover, never what was on screen.
//
// Written for iOS but never compiled: there is no Xcode on the build machine (see the README).
// To use it, add this file to the Xcode project that `cargo tauri ios init` makes in
// `src-tauri/gen/apple` and call `ScreenCover.install()` once at launch.

import UIKit

@objc public final class ScreenCover: NSObject {
    private static var cover: UIView?
    private static var observers: [NSObjectProtocol] = []

    @objc public static func install() {
        guard observers.isEmpty else { return }
        let center = NotificationCenter.default
        observers.append(center.addObserver(
            forName: UIApplication.willResignActiveNotification, object: nil, queue: .main
        ) { _ in show() })
        observers.append(center.addObserver(
            forName: UIApplication.didBecomeActiveNotification, object: nil, queue: .main
        ) { _ in hide() })
    }

    private static func keyWindow() -> UIWindow? {
        UIApplication.shared.connectedScenes
            .compactMap { $0 as? UIWindowScene }
            .flatMap { $0.windows }
            .first { $0.isKeyWindow }
    }

    private static func show() {
        guard cover == nil, let window = keyWindow() else { return }
        let view = UIView(frame: window.bounds)
        view.autoresizingMask = [.flexibleWidth, .flexibleHeight]
        view.backgroundColor = .systemBackground
        window.addSubview(view)
        cover = view
    }

    private static func hide() {
        cover?.removeFromSuperview()
        cover = nil
    }
}
