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
reason-renewal-open = 更新受付中です。{ $expires } より前に Microsoft Learn で無料の更新評価に合格してください（残り { $days } 日）。試験やベータ試験に合格しても認定は更新されません。
reason-expired = { $on } に有効期限が切れました。更新はできません。必要な試験に合格して、再度認定を取得してください。
reason-renewal-offered-from = この認定資格の更新評価は { $from } から利用できます。
reason-not-offered-before-expiry = この認定資格の更新評価は { $from } から利用できますが、有効期限 { $expires } の後です。
reason-retired = { $on } に提供終了：取得も更新もできなくなりました。有効期限までは有効です。
reason-retires-on = { $on } に提供終了予定：それまでに更新してください。以降は取得も更新もできません。
reason-retry-now = { $failed ->
    [one] 1回目は不合格でした。すぐに更新評価を受けなおすことができます。
   *[other] 前回の受験から24時間が経過しました。更新評価を受けなおすことができます。
}
reason-retry-after = 不合格 { $failed } 回：2回目の受験の後は、前回から少なくとも24時間待つ必要があります。次回は { $next } から受験できます。
reason-retry-too-late = 次回の受験は { $next } からですが、有効期限 { $expires } より前ではありません。
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
problem-after-now = { $value } は現在（{ $now }）より後です
problem-earned-after-retirement = { $value } は提供終了日 { $retired } 以降です。提供終了した認定は取得できません
problem-kind-never-expires = { $kind } には有効期限がなく、更新できません
problem-renewal-before-window = { $value } は更新期間の開始日 { $opens }（有効期限 { $expires } の180日前）より前です
problem-renewal-before-offered = { $value } は更新評価の提供開始日 { $from } より前です
problem-renewal-after-expiry = { $value } は有効期限 { $expires } より前ではありません。期限切れの認定は更新できず、再度取得する必要があります
problem-renewal-after-retirement = { $value } は提供終了日 { $retired } 以降です。提供終了した認定は更新できません
problem-not-a-renewal = { $evidence ->
    [beta-exam] ベータ試験に合格しても認定は更新されません。
    [exam-retake] 試験を再受験しても認定は更新されません。
   *[other] 試験の新しいバージョン（例：AZ-103 で取得した認定に対する AZ-104）に合格しても認定は更新されません。
}認定を更新するには、有効期限が切れる前に Microsoft Learn の更新評価に合格する必要があります。このポリシーに例外はありません。
problem-attempt-outside-window = { $value } は更新期間（{ $opens } から { $expires } の前日まで）外です
problem-attempt-too-soon = { $value } は前回の受験（{ $previous }）から24時間以内です
problem-offset-out-of-range = { $value } は 1～180 の日数ではありません
problem-duplicate-offset = { $value } が重複しています
problem-no-catalog-records = 認定資格も試験も含まれていません（Learn Catalog API の応答が必要です）
problem-cannot-read = { $file } を読み込めません：{ $detail }
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
empty-step-add = 取得済み、または取得予定の認定資格を追加します。
empty-step-profiles = 認定プロファイルと Learn プロファイルを登録します。
empty-step-renew = 更新期間が始まったら Microsoft Learn で無料で更新します。
card-expires = 有効期限 { $date }
card-expired = { $date } に期限切れ
card-days-left = 残り { $days } 日
card-window-opens = 更新期間の開始 { $date }
card-renewable-now = 今すぐ更新可能
card-never-expires = 有効期限なし
card-earned = 取得日 { $date }
card-broken = この認定資格の日付を確認してください
card-exams = 試験：{ $codes }
remove-confirm = { $title } を Recert から削除しますか？日付と更新の記録も削除されます。
open-cert-dashboard = 認定ダッシュボードを開く

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
import-profiles-changed = プロファイルが置き換えられます。
import-settings-changed = 設定が置き換えられます。
import-nothing = このファイルの内容は Recert のデータと同じです。変更はありません。
import-apply = インポート
import-done = インポートしました。
settings-catalog = 認定資格カタログ
settings-catalog-info = { $source ->
    [bundled] 同梱のスナップショット
   *[other] インポートしたカタログ
}、認定資格 { $certifications } 件、試験 { $exams } 件{ $date ->
    [none] 。
   *[other] （{ $date } 時点）。
}
settings-catalog-import = 保存した Learn Catalog API の応答をインポート…
settings-catalog-imported = カタログをインポートしました。
problem-not-a-time = { $value } は時刻ではありません（HH:MM、00:00～23:59）
field-reminder_time = 時刻

## 通知とトレイ

notify-window-opens-summary = 更新受付開始：{ $title }
notify-window-opens-body = { $deadline } より前に Microsoft Learn で無料の更新評価に合格してください（残り { $days } 日）。
notify-before-expiry-summary = { $title } の有効期限まであと { $days } 日
notify-before-expiry-body = 無料で更新できます。{ $deadline } より前に Microsoft Learn の更新評価に合格してください。
notify-expired-summary = { $title } の有効期限が切れました
notify-expired-body = { $deadline } に有効期限が切れたため、更新できません。必要な試験に合格して、再度認定を取得してください。
notify-several-summary = { $count } 件の認定資格に対応が必要です
notify-line-renew = { $title }：{ $deadline } より前に更新
notify-line-expired = { $title }：{ $deadline } に期限切れ
notify-action-open = Recert で開く
notify-close-hint-summary = Recert は実行中です
notify-close-hint-body = 期限をお知らせするためにトレイで動作し続けます。終了するにはトレイメニューの「終了」を選んでください。
banner-no-notifications = このシステムでは通知を使用できないため、Recert はリマインダーをここに表示します。
tray-open = Recert を開く
tray-pause = リマインダーを1日停止
tray-resume = リマインダーを再開
tray-quit = 終了
tray-item-open = { $title }：{ $deadline } より前に更新
tray-item-upcoming = { $title }：{ $date } にリマインダー

## リマインダー設定

settings-reminders = リマインダー
settings-reminders-lead = Microsoft のメールと同じく、更新期間の開始時と、有効期限までに最大4回、それぞれ1度だけお知らせします。
settings-offsets = 有効期限の何日前
settings-time = 時刻
settings-paused = リマインダーは { $until } まで停止中です。
settings-pause = 1日停止
settings-resume = 再開
settings-autostart = サインイン時に Recert を起動する
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
calendar-window-summary = 更新開始：{ $title }
calendar-window-description = { $title } の無料の更新評価が Microsoft Learn で受けられます。{ $deadline } より前に合格してください。
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
