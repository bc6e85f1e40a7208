# Recert — 日本語メッセージ。用語は Microsoft の「Microsoft認定資格を更新する」に合わせています。

## 資格の種類

kind-role-based = ロールベース
kind-specialty = 専門資格
kind-fundamentals = ファンダメンタルズ
kind-mos = Microsoft Office Specialist
kind-mta = Microsoft Technology Associate
kind-mcsa = MCSA
kind-mcsd = MCSD
kind-mcse = MCSE
kind-mce = MCE
kind-legacy = その他の旧資格 (MCP、Specialist、MCTS、MCPD)
kind-github = GitHub 認定資格
kind-applied-skills = Applied Skills

## 状態

status-no-expiry = 有効期限なし
status-active = 有効
status-renewal-open = 更新受付中
status-expired = 期限切れ

## 理由

reason-never-expires = { $kind ->
    [fundamentals] ファンダメンタルズ認定は有効期限がないため、更新は不要です。
    [applied-skills] Applied Skills は有効期限がないため、更新は不要です。
   *[other] この資格には有効期限がないため、更新は不要です。
}
reason-valid-two-years = { $earned } に取得（2021-06-30 より前）のため、有効期間は2年です。有効期限は { $expires } です。
reason-valid-one-year = { $earned } に取得（2021-06-30 以降）のため、有効期間は1年です。有効期限は { $expires } です。
reason-leap-day = 2月29日に取得しました。有効期限の年には2月29日がないため、有効期限は { $expires } になります。
reason-renewed = { $on } に更新：有効期限が { $from } から { $to } に延長されました（現在の有効期限から1年）。
reason-window-opens-on = 無料の更新評価は有効期限の180日前、{ $opens } から受けられます（あと { $days } 日）。
reason-renewal-open = 更新受付中です。{ $expires }（UTC）の終わりまでに Microsoft Learn で無料の更新評価に合格してください（残り { $days } 日）。試験やベータ試験に合格しても認定は更新されません。
reason-expired = 最終有効日 { $on } を過ぎ、有効期限が切れました。更新はできません。必要な試験に合格して、再度認定を取得してください。
reason-renewal-offered-from = この認定資格の更新評価は { $from } から利用できます。
reason-not-offered-before-expiry = この認定資格の更新評価は { $from } から利用できますが、有効期限 { $expires } の後です。
reason-retired = { $on } に提供終了：取得も更新もできなくなりました。有効期限までは有効です。
reason-retires-on = { $on } に提供終了予定：その日（米国中部時間 23:59）までに更新してください。以降は取得も更新もできません。
reason-microsoft-expiry = Microsoft のトランスクリプトでは有効期限は { $microsoft } です。Recert にある日付からは { $computed } になります。Recert は Microsoft の日付に従います（後の日付なら、Recert が知らない更新があったということです）。
reason-replaced-by = Microsoft は代わりに取得する認定資格として { $title } を挙げています。
reason-retirement-reported = Microsoft はこの認定資格を { $on } に提供終了すると発表しました（報告のみで、Microsoft Learn ではまだ確認されていません）。確認されるまで何も変わりません。
reason-retirement-reported-passed = Microsoft はこの認定資格が { $on } に提供終了したと発表しました（報告のみで、Microsoft Learn では未確認）。その日は過ぎているため、更新評価はおそらくもう受けられません。Microsoft Learn で確認してください。
reason-github-two-years = { $earned } に取得：GitHub 認定資格の有効期間は2年のため、有効期限は { $expires } です。更新評価はありません。維持するには試験に再度合格してください。
reason-learn-lists-retired = Microsoft Learn ではこの資格は提供終了と表示されています。履歴の一部です。
reason-learn-lists-expired = Microsoft Learn ではこの資格は期限切れと表示されています。
reason-valid-no-renewal = { $expires } まで有効です（残り { $days } 日）。現在は更新できません。
reason-retry-now = { $failed ->
    [one] 1回目は不合格でした。すぐに更新評価を受けなおすことができます。
   *[other] 前回の受験から24時間が経過しました。更新評価を受けなおすことができます。
}
reason-retry-after = 不合格 { $failed } 回：2回目の受験の後は、前回から少なくとも24時間待つ必要があります。次回は { $next } から受験できます。
reason-retry-too-late = 次回の受験は { $next } からですが、最終有効日 { $expires } より後です。
reason-renews-separately = 各認定は個別に更新する必要があります。この認定を更新しても前提条件の認定は更新されず、前提条件の認定が期限切れになってもこの認定は期限切れになりません。

## 入力の問題

problem-required = 必須です
problem-wrong-type = { $expected } である必要があります
problem-unknown-field = 不明な項目です
problem-not-json = 正しい JSON ではありません：{ $detail }
problem-not-a-date = { $value } は日付ではありません
problem-not-an-instant = { $value } は RFC 3339 形式の日時ではありません
problem-out-of-range = { $value } は対応範囲外です
problem-empty = 空にはできません
problem-too-long = { $max } 文字を超えています
problem-too-many = { $max } 件を超えています
problem-duplicate-id = { $value } が複数の資格で使われています
problem-unknown-kind = { $value } は資格の種類ではありません（role-based、specialty、fundamentals、mos、mta、mcsa、mcsd、mcse、mce、applied-skills）
problem-unknown-certification = { $value } はカタログにありません
problem-not-in-catalog = { $value } はカタログにありません
problem-after-today = { $value } は今日（{ $today }）より後です
problem-before-program = { $value } は Microsoft の認定資格プログラムの開始（{ $start }）より前です
problem-after-now = { $value } は現在（{ $now }）より後です
problem-earned-after-retirement = { $value } は提供終了日 { $retired } より後です。提供終了した認定は取得できません
problem-kind-never-expires = { $kind } には有効期限がなく、更新できません
problem-renewal-before-window = { $value } は更新期間の開始日 { $opens }（有効期限 { $expires } の180日前）より前です
problem-renewal-before-offered = { $value } は更新評価の提供開始日 { $from } より前です
problem-renewal-after-expiry = { $value } は最終有効日 { $expires } より後です。期限切れの認定は更新できず、再度取得する必要があります
problem-renewal-after-retirement = { $value } は提供終了日 { $retired } より後です。提供終了した認定は更新できません
problem-not-a-renewal = { $evidence ->
    [beta-exam] ベータ試験に合格しても認定は更新されません。
    [exam-retake] 試験を再受験しても認定は更新されません。
   *[other] 試験の新しいバージョン（例：AZ-103 で取得した認定に対する AZ-104）に合格しても認定は更新されません。
}認定を更新するには、有効期限が切れる前に Microsoft Learn の更新評価に合格する必要があります。このポリシーに例外はありません。
problem-attempt-outside-window = { $value } は更新期間（{ $opens } から { $expires } まで）外です
problem-attempt-too-soon = { $value } は前回の受験（{ $previous }）から24時間以内です
problem-offset-out-of-range = { $value } は 1～180 の日数ではありません
problem-duplicate-offset = { $value } が重複しています
problem-no-catalog-records = 認定資格も試験も含まれていません（Learn Catalog API の応答が必要です）
problem-cannot-read = { $file } を読み込めません：{ $detail }
problem-cannot-open-link = { $value } をブラウザーで開けませんでした：{ $detail }
problem-cannot-print = 印刷ダイアログを開けませんでした：{ $detail }
problem-database-busy = 別の Recert がデータを使用中で、10 秒以内に終わりませんでした。しばらくしてからもう一度お試しください
problem-not-a-file = { $file } は通常のファイルではありません（デバイス、フォルダー、パイプ）。保存したファイルを選んでください
problem-file-too-large = { $file } は { $max } MiB を超えるため、読み込みませんでした
problem-bad-id = 「{ $value }」は Recert が使う ID ではありません。英数字、「-」、「_」を 1～64 文字で指定してください
problem-control-character = 制御文字または文字の向きを変える文字が含まれています。それを除いて入力し直してください
problem-implausible-expiry = 有効期限 { $value } は、{ $earned } に取得した資格の有効期間ではありえません。取り込まずにおきます。Microsoft Learn で確認してください
problem-store-full = Recert が保存できる資格・計画・メンバーは合計 { $max } 件までです（すべてのバックアップを復元できるように）。先にいくつか削除してください
problem-not-in-recovery = データベースは正常です。復旧するものはありません
problem-pause-too-long = リマインダーを { $value } まで停止する設定は、設定画面で選べる期間より長すぎます
problem-usage = { $detail }（recert --help を参照）
problem-cannot-write = { $file } に書き込めません：{ $detail }
problem-not-an-email = { $value } はメールアドレスではありません
problem-not-an-mcid = { $value } はマイクロソフト認定 ID ではありません（4～12 桁の数字。認定ダッシュボードで確認できます）
problem-need-title-or-certification = カタログから認定資格を選ぶか、カタログにない認定資格の名前を入力してください
problem-holding-not-found = この認定資格は Recert にもうありません
problem-renewal-not-open = この認定資格の更新評価は今日は受けられません
problem-attempt-not-yet = 次回の受験は { $next } から可能です（前回から24時間後）
problem-profiles-connected = プロファイルは接続済みです。接続は変更できません
problem-profiles-incomplete = 先に認定プロファイルと Learn プロファイルの両方を保存してください
problem-merge-profiles-first = 認定プロファイルが複数あります。接続する前に認定サポートチームに連絡して併合してください（https://aka.ms/mcpforum）
problem-confirm-irreversible = 接続は元に戻せないことを確認してください
problem-link-not-allowed = { $value } は Recert が開く Microsoft Learn のアドレスではありません
problem-newer-format = このファイルは新しい Recert で作成されました（形式バージョン { $found }）。インポートするには Recert を更新してください
problem-not-recert-export = Recert のデータファイルではありません
problem-storage = データベースを読み書きできませんでした：{ $detail }
problem-newer-database = データは新しい Recert で書き込まれています（スキーマ { $found }）。開くには Recert を更新してください

## 入力項目

field-certification = 認定資格
field-custom_title = 名前
field-name = 名前
field-kind = 種類
field-earned_on = 取得日
field-renewed_on = 更新日
field-assessment_attempts = アセスメントの受験
field-mcid = 認定 ID（MCID）
field-legal_name = 法的な氏名
field-contact_email = 連絡先メール
field-account_email = 個人の Microsoft アカウント
field-sign_in_email = Learn のサインイン メール
field-account_type = アカウントの種類
field-reminder_offsets = リマインダーの日数

## アドバイス

reason-connect-profiles = 更新アセスメントを受けるには、認定プロファイルを Learn プロファイルに接続してください。
warning-different-accounts = 2つのプロファイルで異なるアカウントを使っています。認定プロファイルと Learn プロファイルの両方に同じ個人の Microsoft アカウントを使うことをお勧めします。

## アプリ

app-name = Recert
app-tagline = Microsoft 認定資格をアクティブに保ちます
close-unsaved-title = Recert のウィンドウを閉じますか？
close-unsaved-body = 開いているフォームに入力した内容はまだ保存されていません。どちらの場合も Recert はトレイで動作し続けます。
close-unsaved-discard = 保存せずに閉じる
skip-to-content = 本文へスキップ
nav-dashboard = 認定資格
nav-profiles = プロファイル
nav-settings = 設定
action-add = 認定資格を追加
action-edit = 編集
action-remove = 削除
action-save = 保存
action-cancel = キャンセル
action-close = 閉じる
action-renew = 更新…
action-why = 理由
action-hide-why = 詳細を隠す
action-confirm = 確認
today-is = 今日：{ $date }

## ダッシュボード

count-renewal-open = 更新受付中
count-active = 有効
count-expired = 期限切れ
count-no-expiry = 有効期限なし
empty-title = 認定資格はまだありません
empty-lead = Recert は各認定資格の有効期限と無料の更新評価が始まる日を把握し、期限前にお知らせします。
empty-step-import = Microsoft Learn から取り込みます：Learn でプロフィールを開き、［トランスクリプト］で「リンクの共有」を選び、そのリンクをここに貼り付けてください。Microsoft の日付がそのまま入ります。
empty-step-add = または、取得済みの資格やこれから取得する資格を手動で追加します。
empty-step-profiles = 認定プロファイルと Learn プロファイルを登録します。
empty-step-renew = 更新期間が始まったら Microsoft Learn で無料で更新します。
card-expires = 有効期限 { $date }
card-valid-until = お使いの時刻で { $time } まで有効
card-expired = { $date } に期限切れ
card-days-left = 残り { $days } 日
card-window-opens = 更新期間の開始 { $date }
card-renewable-now = 今すぐ更新可能
card-never-expires = 有効期限なし
card-history = Microsoft Learn の履歴にあります
card-earned = 取得日 { $date }
card-broken = この認定資格の日付を確認してください
card-exams = 試験：{ $codes }
remove-title = この認定資格を削除しますか？
remove-confirm = { $title } を Recert から削除しますか？日付と更新の記録も削除されます。
open-cert-dashboard = 認定ダッシュボードを開く
card-renew-on-learn = Microsoft Learn で更新する

## 追加・編集

form-add-title = 認定資格を追加
form-edit-title = 認定資格を編集
form-search = タイトルまたは試験番号（AZ-104）でカタログを検索
form-search-empty = カタログに一致するものがありません。下で名前を入力して追加してください。
form-selected = 選択中：{ $title }
form-missing = カタログにありませんか？
form-missing-lead = 名前を入力し、種類を選んで追加します。
form-date-hint = YYYY-MM-DD、最後の必要な試験に合格した日
form-kind-choose = 種類を選択…
saved = 保存しました。

## 更新

renew-title = 更新：{ $title }
renew-pass = 更新アセスメントに合格しました
renew-pass-on = 合格日
renew-evidence = どのように更新しましたか？
evidence-assessment = Microsoft Learn の無料の更新評価
evidence-beta-exam = ベータ試験に合格した
evidence-exam-retake = 試験を再受験した
evidence-newer-exam-version = 試験の新しいバージョンに合格した
renew-preview = 新しい有効期限：{ $to }（現在 { $from }）
renew-check = 確認
renew-record = 更新を記録
renew-recorded = 更新を記録しました。新しい有効期限：{ $date }。
renew-fail = 今、不合格でした
renew-fail-recorded = 受験を記録しました。
renew-next-attempt = 次回の受験は { $when } から可能です。
renew-not-open = 更新期間ではありません。
renew-rules = 認定を更新できるのは、有効期限より前に Microsoft Learn の無料の更新評価に合格した場合だけです。受験回数に制限はありません。1回目で不合格でもすぐに受けなおせますが、2回目の後は前回から24時間待つ必要があります。

## プロファイル

profiles-title = Microsoft のプロファイル
profiles-lead = 更新アセスメントは、認定プロファイルを Learn プロファイルに接続した後でのみ受けられます。
profiles-cert-title = 認定プロファイル
profiles-cert-lead = 認定履歴を保持します。個人の Microsoft アカウントでサインインします。
profiles-learn-title = Learn プロファイル
profiles-learn-lead = Microsoft Learn の活動履歴。個人アカウント、または職場や学校のアカウント。
account-personal = 個人の Microsoft アカウント
account-work-or-school = 職場または学校のアカウント
profiles-several = 認定プロファイルが複数あります
profiles-several-stop = 1つの Learn プロファイルに接続できる認定プロファイルは1つだけです。先に認定サポートチームに連絡して認定プロファイルを併合してください。
profiles-merge-link = 認定サポートチームに併合を依頼する
profiles-connect = プロファイルを接続
profiles-connect-title = プロファイルを接続しますか？
profiles-connect-warning = 接続は永続的です。この認定プロファイルは1つの Learn プロファイルにしか接続できず、後から変更することはできません。
profiles-connect-ack = 元に戻せないことを理解しました
profiles-connected = { $date } に接続しました。接続は変更できません。
profiles-not-connected = まだ接続されていません。

## 設定

settings-title = 設定
settings-language = 言語
settings-language-system = システムと同じ
settings-theme = テーマ
theme-system = システムと同じ
theme-light = ライト
theme-dark = ダーク
settings-data = データ
settings-data-lead = すべてのデータはこのコンピューターに保存されます。バックアップや別のコンピューターへの移行にはエクスポートを使います。
settings-export = データをエクスポート…
settings-import = データをインポート…
settings-exported = { $file } にエクスポートしました。
import-preview-title = このファイルをインポートしますか？
import-preview = 追加 { $added }、更新 { $updated }、削除 { $removed }、変更なし { $unchanged }。
import-plans = 取得に向けて学習中：追加 { $added } 件、更新 { $updated } 件、削除 { $removed } 件。
import-people = フォローしているメンバー（各自の認定資格を含む）：追加 { $added } 人、更新 { $updated } 人、削除 { $removed } 人。
import-profiles-changed = プロファイルが置き換えられます。
import-settings-changed = 設定が置き換えられます。
import-nothing = このファイルの内容は Recert のデータと同じです。変更はありません。
import-apply = インポート
import-done = インポートしました。
settings-catalog = 認定資格カタログ
settings-catalog-info = { $source ->
    [bundled] 同梱のスナップショット
    [learn] Microsoft Learn から読み込んだカタログ
   *[other] インポートしたカタログ
}、認定資格 { $certifications } 件、試験 { $exams } 件{ $date ->
    [none] 。
   *[other] （{ $date } 時点）。
}
settings-catalog-import = 保存した Learn Catalog API の応答をインポート…
settings-catalog-imported = カタログをインポートしました。
settings-catalog-check = Microsoft Learn でカタログの変更を確認
settings-catalog-checking = Microsoft のカタログを読み込んでいます…
catalog-check-title = Microsoft Learn からのカタログの変更
catalog-check-lead = Microsoft には { $listed } 件の認定資格があります。適用しても記録した内容は変わりません。Microsoft が掲載しなくなった認定資格も、保有者のために Recert に残ります。
catalog-check-new = 新規（{ $count }）
catalog-check-renamed = 名称変更（{ $count }）
catalog-check-renamed-line = { $from } → { $to }
catalog-check-unlisted = Microsoft に掲載されなくなったもの（おそらく廃止）（{ $count }）
catalog-check-new-exams = 新しい試験が { $count } 件あります。
catalog-check-apply = 変更を適用
catalog-check-applied = カタログを Microsoft Learn と同じ状態に更新しました。
catalog-check-nothing = Recert のカタログは Microsoft のものと一致しています。
problem-not-a-time = { $value } は時刻ではありません（HH:MM、00:00～23:59）
field-reminder_time = 時刻

## 通知とトレイ

notify-window-opens-summary = 更新受付開始：{ $title }
notify-window-opens-body = { $deadline } までに Microsoft Learn（aka.ms/CertDashboard）で無料の更新評価に合格してください（残り { $days } 日）。
notify-before-expiry-summary = { $title } の有効期限まであと { $days } 日
notify-before-expiry-body = 無料で更新できます。{ $deadline } までに Microsoft Learn（aka.ms/CertDashboard）の更新評価に合格してください。
notify-expired-summary = { $title } の有効期限が切れました
notify-expired-body = 最終有効日 { $deadline } を過ぎて有効期限が切れたため、更新できません。必要な試験に合格して、再度認定を取得してください。
notify-several-summary = { $count } 件の認定資格に対応が必要です
notify-line-renew = { $title }：{ $deadline } までに更新
notify-line-expired = { $title }：{ $deadline } に期限切れ
notify-line-more = …ほか { $count } 件はダッシュボードで
notify-action-open = Recert で開く
notify-close-hint-summary = Recert は実行中です
notify-close-hint-body = 期限をお知らせするためにトレイで動作し続けます。終了するにはトレイメニューの「終了」を選んでください。
banner-no-notifications = このシステムでは通知を使用できないため、Recert はリマインダーをここに表示します。
tray-open = Recert を開く
tray-pause = リマインダーを1日停止
tray-resume = リマインダーを再開
tray-quit = 終了
tray-item-open = { $title }：{ $deadline } までに更新
tray-item-upcoming = { $title }：{ $date } にリマインダー

## リマインダー設定

settings-reminders = リマインダー
settings-reminders-lead = Microsoft のメールと同じく、更新期間の開始時と、有効期限までに最大4回、それぞれ1度だけお知らせします。
settings-offsets = 有効期限の何日前
settings-paused = リマインダーは { $until } まで停止中です。
settings-pause = 1日停止
settings-resume = 再開
settings-autostart = サインイン時に Recert を起動する
settings-autostart-hint = サインイン時の Recert はウィンドウを開かずにトレイで起動し、そこからお知らせします。リマインダーをクリックするか、トレイメニューの「Recert を開く」を選ぶと開きます。
settings-save-reminders = リマインダー設定を保存
card-mute = リマインダーをミュート
card-unmute = ミュートを解除
card-muted = リマインダーはミュート中
problem-autostart = サインイン時の起動を変更できませんでした：{ $detail }
problem-recovery-needed = データベースが開いていません。回復画面で操作を選んでください

## 回復とバックアップ

recovery-title = Recert はデータを開けませんでした
recovery-damaged = データベースが破損しています（ファイルが途中で切れているか読み取れません）。何も削除していません。破損したファイルはデータフォルダーに保管されます。
recovery-newer = データベースは新しいバージョンの Recert で書き込まれています。開くには Recert を更新するか、保管したうえでバックアップから復元するか新しく始めてください。
recovery-locked = 別のプログラム（別の Recert やコマンドラインのインポートなど）がデータベースを使用中です。終了してから再試行してください。
recovery-detail = 詳細：{ $detail }
recovery-folder = データフォルダー：{ $dir }
recovery-backups = バックアップから復元
recovery-no-backups = 復元できるバックアップはありません。
recovery-restore = このバックアップを復元
recovery-backup-line = { $date }：認定資格 { $count } 件
recovery-fresh = 新しく始める
recovery-fresh-lead = 空のデータで始めます。破損したファイルはデータフォルダーに残ります。
recovery-retry = 再試行
recovery-done = Recert は再び使用できます。
settings-backups = 自動バックアップ
settings-backups-lead = Recert は毎日データをバックアップし、直近7日分を保管します。
settings-restore = 復元…

## 認定資格の取得（seed 002）
problem-exam-already-passed = この試験はすでに合格しています。認定資格が有効な間は再受験できません
problem-beta-exam-once = ベータ試験は 1 回しか受験できません
problem-sitting-not-after-last = 受験日時は前回の受験（{ $last }）より後である必要があります
problem-retake-first = 初回不合格の後は { $next } から再受験できます（24 時間後）
problem-retake-later = 次回の受験は { $next } から可能です（再受験ポリシーの待機期間）
problem-retake-yearly-cap = 12 か月で 5 回受験しました。次回の受験は { $next } から可能です
problem-not-a-date-time = 「{ $value }」は日時ではありません（YYYY-MM-DD HH:MM）
problem-booking-in-past = { $value } はすでに過ぎています。予約は未来の日時にしてください
problem-result-in-future = { $value } の試験はまだ受験されていません
problem-plan-not-found = その計画はもう存在しません
problem-exam-not-in-plan = 「{ $value }」はこの認定資格の試験ではありません
problem-plan-exists = この認定資格にはすでに取り組んでいます
problem-already-held = この認定資格は取得済みで有効です。試験を再受験する必要はありません
problem-retired-cannot-earn = この認定資格は { $on } に提供終了となり、取得できません
problem-no-exams-listed = カタログにこの認定資格の試験がありません
notify-exam-tomorrow-summary = 明日は試験 { $code }
notify-exam-today-summary = 今日は試験 { $code }
notify-exam-body = { $title }：{ $at }。本人確認書類と、オンライン試験の場合はシステムと部屋を確認してください。
notify-line-exam = 試験 { $code }（{ $title }）：{ $at }
calendar-name = Recert：認定資格
calendar-team-name = Recert：チームの更新最終日
calendar-team-deadline-summary = { $person }：{ $title } の更新最終日
calendar-window-summary = 更新開始：{ $title }
calendar-window-description = { $title } の無料の更新評価が Microsoft Learn で受けられます。{ $deadline } までに合格してください。
calendar-deadline-summary = 更新の最終日：{ $title }
calendar-deadline-description = { $title } は { $deadline } に有効期限が切れます。それまでに更新評価に合格しないと、試験に再度合格する必要があります。
calendar-exam-summary = 試験 { $code }：{ $title }
calendar-exam-description = { $title } の試験 { $code }：{ $at }（{ $delivery }）
delivery-online = オンライン（監視付き）
delivery-test-centre = テストセンター
transcript-col-title = 認定資格
transcript-col-exams = 試験
transcript-col-kind = 種類
transcript-col-earned = 取得日
transcript-col-expires = 有効期限
transcript-col-state = 状態
transcript-col-number = 認定番号
transcript-active = 有効
transcript-historical = 履歴
transcript-no-expiry = 有効期限なし
browse-renewal-never = 有効期限はありません。更新は不要です。
browse-renewal-yearly = 有効期間は 1 年です。有効期限前の 6 か月間に Microsoft Learn のオンライン評価で毎年無料で更新できます。
browse-renewal-from = 有効期間は 1 年です。更新評価は { $from } から提供されます。
role-administrator = 管理者
role-ai-engineer = AI エンジニア
role-business-user = ビジネス ユーザー
role-data-analyst = データ アナリスト
role-data-engineer = データ エンジニア
role-data-scientist = データ サイエンティスト
role-database-administrator = データベース管理者
role-developer = 開発者
role-devops-engineer = DevOps エンジニア
role-functional-consultant = 機能コンサルタント
role-identity-access-admin = ID およびアクセス管理者
role-network-engineer = ネットワーク エンジニア
role-security-engineer = セキュリティ エンジニア
role-security-operations-analyst = セキュリティ オペレーション アナリスト
role-solution-architect = ソリューション アーキテクト
role-support-engineer = サポート エンジニア
level-beginner = 初級
level-intermediate = 中級
level-advanced = 上級
field-certification_number = 認定番号
field-at = 日時
field-exam = 試験
form-number-hint = 任意：証明書に記載の番号（トランスクリプト用）。
card-number = 番号 { $number }
empty-add-by-hand = 手動で追加
empty-browse = カタログを見る
saved-to = { $path } に保存しました
nav-catalog = カタログ
nav-plans = 取得中
nav-timeline = タイムライン
nav-transcript = トランスクリプト
browse-title = 認定資格カタログ
browse-lead = ロール、レベル、製品、種類で認定資格を探し、必要な試験と更新方法を確認して、取得を始めましょう。
browse-search = カタログを検索
browse-search-placeholder = タイトルまたは試験コード（例：AZ-104）
browse-filter-role = ロール
browse-filter-level = レベル
browse-filter-product = 製品
browse-filter-kind = 種類
browse-any-role = すべてのロール
browse-any-level = すべてのレベル
browse-any-product = すべての製品
browse-any-kind = すべての種類
browse-include-retired = 提供終了も表示
browse-clear = フィルターをクリア
browse-total = { $count } 件の認定資格
browse-no-exams = 試験の記載なし
browse-retired = { $date } に提供終了
browse-empty = 条件に一致する認定資格はありません。
browse-languages = 言語：{ $list }
browse-back = すべての認定資格
link-study-guide = 学習ガイド
link-practice = 模擬評価
link-sandbox = 試験サンドボックス
link-register = 試験を予約
link-certification = Microsoft Learn の認定資格ページ
page-exams-one = 合格が必要な試験
page-exams-several = 合格が必要な { $count } つの試験（最後の試験に合格した日に取得）
page-prerequisites = 前提条件
page-prerequisites-lead = 次のいずれかの認定資格も必要です。
page-prerequisite-held = 取得済み
page-start-plan = 取得に取り組む
page-planned = この認定資格の取得に取り組んでいます。
page-held = この認定資格は取得済みで有効です。
plan-started = { $title } の取得を始めました。
plans-title = 取得中
plans-lead = 取得中の認定資格：各試験を予約し、結果を入力すると、Recert が再受験ルールを管理します。最後の試験に合格すると、認定資格はダッシュボードに移ります。
plans-empty-title = 取得中の認定資格はありません
plans-empty-lead = カタログで認定資格を選び、「取得に取り組む」を選んでください。
plans-browse = カタログを見る
plan-progress = { $total } 試験中 { $passed } 合格
plan-started-on = 開始日 { $date }
plan-prerequisite = 次も必要です：{ $list }。
plan-open-page = 認定資格のページ
plan-remove = 取り組みをやめる
plan-remove-title = この認定資格の学習をやめますか？
plan-remove-confirm = { $title } の取り組みをやめますか？予約と結果は削除されます。
plan-earned = { $date } に { $title } を取得しました。ダッシュボードに表示されています。
exam-planned = 予定：まだ予約していません。
exam-scheduled = { $at } に予約済み（{ $delivery }）。
exam-scheduled-beta = ベータ試験を { $at } に予約済み（{ $delivery }）。
exam-pending = 結果待ち：{ $by } までに Learn プロファイルに反映される見込みです。
exam-pending-longer = 結果待ち：ベータ試験と Certiport の結果は 24 時間以上かかることがあります。
exam-pending-hint = 結果は通常数分で表示され、24 時間以内に Learn プロファイルに反映されます。
exam-pending-certiport = Certiport の結果は Learn プロファイルへの反映に時間がかかることがあります。
exam-passed = { $date } に合格。
exam-failed = { $date } に不合格。
exam-failed-first-retake = { $date } に不合格。{ $next } から再受験できます（初回受験の 24 時間後）。
exam-failed-later-retake = { $date } に不合格。次回の受験は { $next } から可能です。
exam-failed-yearly-cap = { $date } に不合格。12 か月で 5 回受験しました。次回は { $next } から可能です。
exam-book = 予約…
exam-rebook = 予約を変更…
exam-cancel = 予約を取り消す
exam-enter-result = 結果を入力…
booking-title = 試験 { $code } の予約
booking-lead = 試験実施団体で予約してから、ここに日時を入力してください。前日と当日の朝にお知らせします。
field-date = 日付
field-time = 時刻
booking-at-hint = 予約確認と同じ現地時刻。
booking-delivery = 受験場所
booking-beta = ベータ試験（受験は 1 回のみ。結果は後日）
booking-rules = 再受験ポリシー：初回不合格後は 24 時間、その後は 14 日の間隔が必要で、12 か月で最大 5 回まで。ベータ試験は 1 回のみ。
booking-rules-mos = Microsoft Office Specialist の再受験ポリシー：初回不合格後は 24 時間、その後は 48 時間。年間の回数制限はありません。
booking-saved = 試験を予約しました。
result-title = 試験 { $code } の結果
result-outcome = 結果
result-passed = 合格
result-failed = 不合格
result-at = 受験日時
result-hint = 結果は通常数分で表示され、24 時間以内に Learn プロファイルに反映されます。
timeline-title = タイムライン
timeline-table-show = 表で表示
timeline-table-event = 期間またはできごと
timeline-lead = 年ごとの認定資格：有効期間、更新期間、更新、試験。
timeline-empty = 認定資格を追加するか取得に取り組むと、ここに表示されます。
timeline-details-hint = 図にポインターを合わせるか、Tab キーで移動すると詳細が表示されます。
timeline-valid = 有効
timeline-window = 更新期間
timeline-renewed = 更新済み
timeline-exam = 試験
timeline-today = 今日
timeline-detail-valid = { $title }：{ $from } ～ { $to } 有効（有効期限 { $expires }）
timeline-detail-never = { $title }：{ $from } 取得、有効期限なし
timeline-detail-window = { $title }：更新期間 { $from } ～ { $to }
timeline-detail-today = 今日、{ $date }
timeline-detail-earned = { $title }：{ $date } 取得
timeline-detail-renewed = { $title }：{ $date } 更新
timeline-detail-exam = 試験 { $code }（{ $title }）：{ $at }
timeline-detail-exam-passed = 試験 { $code }：{ $date } 合格
timeline-detail-exam-failed = 試験 { $code }：{ $date } 不合格
calendar-export = カレンダーを書き出す（.ics）
calendar-export-hint = 更新期間の開始、更新の最終日、予約した試験（アラーム付き）。変更後に再度取り込むと、予定は重複せずに更新されます。
transcript-title = トランスクリプト
transcript-lead = 有効な認定資格と履歴。印刷（または PDF 保存）や CSV 保存ができます。
transcript-of = { $name } · 認定 ID { $mcid }
transcript-printed = { $date } 時点
transcript-print = 印刷または PDF に保存…
transcript-csv = CSV で保存…
transcript-active-heading = 有効（{ $count }）
transcript-historical-heading = 履歴（{ $count }）
transcript-none = なし。
dashboard-shown = { $total } 件中、緊急度の高い { $shown } 件を表示しています。
dashboard-show-more = さらに { $count } 件表示

## Updates

settings-updates = アップデート
settings-updates-lead = Recert は作成者の署名がある新しいバージョンを確認し、あなたが選んだときにインストールできます。送信されるのは実行中のバージョンだけで、あなたの認定資格の情報がこのコンピューターから出ることはありません。
settings-updates-switch = Recert のアップデートを確認する
update-check = 今すぐ確認
update-checking = 確認しています…
update-up-to-date = Recert { $version } は最新バージョンです。
update-available = Recert { $version } を利用できます。
update-install = インストールして再起動
update-installing = ダウンロードして検証しています…
problem-updates-off = アップデートはオフです。先に「Recert のアップデートを確認する」をオンにしてください
problem-update-unreachable = アップデート サーバーに接続できませんでした（{ $detail }）。接続を確認してもう一度お試しください
problem-update-timeout = アップデート サーバーが { $seconds } 秒以内に応答しませんでした。しばらくしてからもう一度お試しください
problem-update-bad-answer = アップデート サーバーの応答は Recert が使えるアップデートではありません：{ $detail }
problem-update-signature = アップデートに Recert の鍵による署名がないため、インストールしませんでした。何も変更されていません
problem-update-install = アップデートは検証されましたが、インストールできませんでした：{ $detail }
problem-update-too-large = 更新パッケージが { $max } MiB を超えています。Recert のパッケージとしては大きすぎるため、ダウンロードを中止しました。何もインストールしていません
problem-no-update-pending = インストールするアップデートがありません。先にアップデートを確認してください
problem-updates-not-configured = この Recert はリリース ワークフローの外でビルドされたため、アップデート サーバーがありません。アップデートを受け取るにはリリース版をインストールしてください

## Microsoft Learn トランスクリプト

transcript-preview = トランスクリプトから：追加 { $added } 件、更新 { $updated } 件、変更なし { $unchanged } 件。
transcript-not-in-catalog = Recert のカタログにないため、{ $kind } として名前で保存します：{ $title }（ダッシュボードで確認してください）
transcript-item-skipped = 取り込みません：{ $title }（{ $field }）：{ $problem }
transcript-plan-exams = 取得に向けて学習中の { $title }：{ $exams } をトランスクリプトの日付で合格として記録します。
transcript-plan-finished = 取得に向けて学習中の { $title }：トランスクリプトにこの認定資格があるため、保有している認定資格に移ります。
problem-not-a-transcript-link = { $value } は共有されたトランスクリプトのリンクではありません。Microsoft Learn のプロフィールで［トランスクリプト］→［リンクの共有］を開き、リンク（https://learn.microsoft.com/…/transcript/…）をコピーしてください
problem-transcript-field = がないか、Recert の知らない形式です。Microsoft がトランスクリプトを変更した可能性があります
problem-transcript-not-shared = Microsoft Learn はこのトランスクリプトを共有していません（共有されていないか、共有がオフにされました）。Learn のプロフィールでもう一度共有し、新しいリンクをコピーしてください
problem-catalog-shrunk = Microsoft の応答には { $listed } 件の認定資格しかありません（Recert が知っている現行の認定資格は { $known } 件）。途中で切れた応答のようなので何も変更しませんでした。後でもう一度お試しください
problem-catalog-endpoint-gone = Microsoft のカタログのアドレスが応答しなくなりました（Microsoft は提供終了を告知しています）。Recert は今のカタログを使い続け、Recert の更新ごとに新しいカタログが届きます
problem-catalog-unreachable = Microsoft のカタログを読み込めませんでした（{ $detail }）。何も変更していません。接続を確認して、もう一度お試しください
problem-catalog-changed-since-preview = 確認した後で Microsoft のカタログが変わりました。何も適用していません。もう一度確認して、今の変更内容をご覧ください
problem-learn-unreachable = Microsoft Learn に接続できませんでした（{ $detail }）。接続を確認するか、保存したトランスクリプトをインポートしてください
problem-learn-timeout = Microsoft Learn が { $seconds } 秒以内に応答しませんでした。しばらくしてからもう一度試すか、保存したトランスクリプトをインポートしてください
problem-learn-bad-answer = Microsoft Learn の応答はトランスクリプトではありません：{ $detail }
field-transcript_link = トランスクリプトのリンク
learn-import = Microsoft Learn からインポート
learn-import-lead = Microsoft Learn でプロフィールを開き、［トランスクリプト］→［リンクの共有］のリンクをここに貼り付けてください。Recert は Microsoft の日付のまま認定資格を読み込みます。送信されるのはこのリンクだけで、送信先は learn.microsoft.com だけです。
learn-import-link = トランスクリプトの共有リンク
learn-import-fetch = Microsoft Learn から読み込む
learn-import-file = 保存したトランスクリプト ファイルを選ぶ…
learn-import-reading = トランスクリプトを読み込んでいます…
learn-import-item-added = 新規
learn-import-item-updated = 更新
learn-import-item-unchanged = 変更なし
learn-import-not-in-catalog = Recert のカタログにありません：{ $kind } として名前で保存します。インポート後に確認してください。
learn-import-skipped = { $count } 件は取り込みません：
learn-import-profile = トランスクリプトの MCID（{ $mcid }）と法的氏名を認定プロファイルにも入れる
learn-import-apply = インポート
learn-import-done = Microsoft Learn からインポートしました：新規 { $added } 件、更新 { $updated } 件。

## Delete all my data

forget-heading = すべてのデータを削除
forget-hint = このコンピューターから認定資格、学習中の認定資格、プロファイル、設定を、すべてのバックアップとともに削除します。コンピューターを譲る前などに使います。残したい場合は先にデータをエクスポートしてください。
forget-open = すべてのデータを削除…
forget-title = すべてのデータを削除しますか？
forget-lead = Recert は { $dir } から次を削除します：
forget-holdings = 認定資格 { $count } 件
forget-plans = 取得に向けて学習中の認定資格 { $count } 件
forget-people = フォローしているメンバー { $count } 人とその認定資格
forget-profiles = 認定プロファイルと Learn プロファイル（MCID、法的氏名、メールアドレス）
forget-backups = 毎日のバックアップ { $count } 件
forget-set-aside = 復旧時に退避した破損データベース { $count } 件
forget-irreversible = 元に戻せません。別の場所に保存したエクスポートファイルは削除されません。
forget-confirm = すべて削除
forget-done = すべてのデータを削除しました。
forget-cli-needs-yes = 何も削除していません。すべて削除するには --yes を付けてください。

## Team (several people)
nav-team = チーム
team-title = チーム
team-lead = 誰がいつ更新すべきか：あなたの認定資格と、あなたがフォローしている人の認定資格。あなた自身のダッシュボードはそのままです。
team-me = 自分
team-whose = { $person }：{ $title }
team-add-person = メンバーを追加
team-person-name = 名前
team-add-person-title = メンバーを追加
team-rename-title = { $name } の名前を変更
team-filter-person = メンバー
team-filter-everyone = 全員
team-filter-query = 認定資格
team-filter-query-placeholder = 名称または試験コード
team-filter-product = 製品
team-any-product = すべての製品
team-clear = 絞り込みを解除
bucket-renewal-open = 今すぐ更新可能
bucket-within-30 = 30 日以内に失効
bucket-within-60 = 31～60 日後に失効
bucket-within-90 = 61～90 日後に失効
bucket-expired-recently = 過去 90 日以内に失効
bucket-working-on = 取得に向けて学習中
team-bucket-empty = 該当なし
team-entry-expires = { $date } に失効 · 残り { $days } 日
team-entry-expired = { $date } に失効済み
team-entry-started = { $date } に開始
team-people = メンバー
team-people-empty = まだ誰もいません。認定資格を見守りたい人を追加してください。
team-person-counts = 認定資格 { $holdings } 件 · 学習中 { $plans } 件
team-remind = この人の更新についても通知する
team-open-person = 認定資格
team-rename = 名前を変更
team-remove-person = メンバーを削除
team-remove-title = { $name } を削除しますか？
team-remove-confirm = { $name } とその認定資格 { $count } 件がまとめて削除されます。毎日のバックアップには、入れ替わるまで残ります。
team-person-add = 認定資格を追加
team-person-empty = 認定資格はまだありません。
team-back = チームに戻る
team-saved-person = { $name } を追加しました。
team-removed-person = { $name } を削除しました。
problem-person-not-found = このメンバーは Recert にもういません
problem-no-such-person = 「{ $value }」という名前のメンバーは Recert にいません
problem-several-people-named = { $value } という名前のメンバーが複数います。ID で指定してください（{ $ids }）
problem-name-taken = 「{ $value }」はチームの表示ですでに使われている名前です。カレンダーやリマインダーで区別できるよう、別の名前にしてください
team-col-person = メンバー
team-col-status = 状態
team-col-days-left = 残り日数
team-export-csv = 状況を CSV で保存…
team-export-csv-hint = 全員の認定資格と状態、有効期限、残り日数（表計算ソフト用）。
team-export-calendar = カレンダーをエクスポート (.ics)
team-export-calendar-hint = 全員の更新最終日を 1 つのカレンダーに。各予定に誰のものかを表示します。
team-link = この人の Learn トランスクリプトの共有リンク
team-link-hint = 更新するときに、このリンクだけが learn.microsoft.com にだけ送られます。
team-link-save = リンクを保存
team-link-saved = リンクを保存しました。
team-refresh = Microsoft Learn から更新
team-refresh-all = すべて更新
team-refresh-title = Microsoft Learn から更新
team-refresh-reading = { $name } のトランスクリプトを読み込み中（{ $total } 件中 { $done } 件目）…
team-refresh-read = { $total } 件中 { $done } 件のトランスクリプトを読み込みました。以下の変更を適用しますか？
team-refresh-failed = 更新できませんでした：{ $error }
team-refresh-apply = 変更を適用
team-refresh-nothing = 変更はありません。
team-refresh-done = { $count } 人を更新しました。
team-show-all = すべて表示（{ $count } 件）

## Microsoft Learn との同期
sync-title = Microsoft Learn
sync-switch = Microsoft Learn と自動で同期する
sync-hint = 1 日 1 回、共有されたあなたとチームのトランスクリプトのリンクを読み直します。Learn で更新すればリマインダーが止まり、新しい資格が追加されます。問い合わせ先は learn.microsoft.com だけです。オンにするまでは何もしません。
sync-own-link = あなたのトランスクリプトの共有リンク
sync-save-link = リンクを保存
sync-read-now = 今すぐ読み込む
sync-reading = Microsoft Learn を読み込んでいます…
sync-no-links = リンクがまだありません。共有リンクでトランスクリプトを取り込むか、上に貼り付けてください。チームのリンクはチーム画面で追加します。
sync-never-read = まだ読み込んでいません
sync-read-days = { $days ->
    [0] 今日読み込み済み
   *[other] { $days } 日前に読み込み
}
sync-changed = 最終変更 { $time }：追加 { $added } 件、更新 { $updated } 件
sync-not-shared = Microsoft Learn はこのトランスクリプトを共有していません
sync-dashboard = Microsoft Learn：{ $status }
sync-not-shared-notice = Microsoft Learn は { $who } のトランスクリプトを共有しなくなりました。Recert は今のデータを保持し、変更しません。
sync-cli-read = { $who }：読み込みました。追加 { $added } 件、更新 { $updated } 件
sync-cli-failed = { $who }：今回は読み込めませんでした（{ $problem }）。後でもう一度試します
