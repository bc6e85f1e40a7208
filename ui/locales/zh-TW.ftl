# Recert — 繁體中文訊息。用語依照 Microsoft 的「更新您的Microsoft認證」。

## 認證類型

kind-role-based = 角色型
kind-specialty = 專業認證
kind-fundamentals = 基礎認證
kind-mos = Microsoft Office Specialist
kind-mta = Microsoft Technology Associate
kind-mcsa = MCSA
kind-mcsd = MCSD
kind-mcse = MCSE
kind-mce = MCE
kind-legacy = 其他舊版認證 (MCP、Specialist、MCTS、MCPD)
kind-github = GitHub 認證
kind-applied-skills = Applied Skills

## 狀態

status-no-expiry = 不會過期
status-active = 有效
status-renewal-open = 可更新
status-expired = 已過期

## 原因

reason-never-expires = { $kind ->
    [fundamentals] 基礎認證不會過期，因此不需要更新。
    [applied-skills] Applied Skills 不會過期，因此不需要更新。
   *[other] 此認證不會過期，因此不需要更新。
}
reason-valid-two-years = 於 { $earned } 取得（2021-06-30 之前），因此有效期為兩年：於 { $expires } 到期。
reason-valid-one-year = 於 { $earned } 取得（2021-06-30 或之後），因此有效期為一年：於 { $expires } 到期。
reason-leap-day = 於 2 月 29 日取得：到期年份沒有 2 月 29 日，因此到期日為 { $expires }。
reason-renewed = 於 { $on } 更新：到期日從 { $from } 延長至 { $to }（從當前有效日期起再延長一年）。
reason-window-opens-on = 免費的更新評估在到期前 180 天開放，即 { $opens }（還有 { $days } 天）。
reason-renewal-open = 可以更新：請在 { $expires }（UTC）結束前於 Microsoft Learn 通過免費的更新評估（剩餘 { $days } 天）。通過考試或 Beta 考試無法更新認證。
reason-expired = 已超過最後有效日 { $on } 而過期，無法再更新。必須透過要求的考試再次取得認證。
reason-renewal-offered-from = 此認證的更新評估自 { $from } 起提供。
reason-not-offered-before-expiry = 此認證的更新評估自 { $from } 起才提供，晚於到期日 { $expires }。
reason-retired = 已於 { $on } 淘汰：無法再取得或更新，在到期前仍然有效。
reason-retires-on = 將於 { $on } 淘汰：請在當天（美國中部時間 23:59）之前更新；之後將無法再取得或更新。
reason-microsoft-expiry = Microsoft 成績單上的到期日為 { $microsoft }；依 Recert 所記錄的日期則為 { $computed }。Recert 以 Microsoft 的日期為準（較晚的日期表示有 Recert 未記錄的更新）。
reason-replaced-by = Microsoft 指定 { $title } 為替代的認證，請改為取得該認證。
reason-retirement-reported = Microsoft 已宣布此認證將於 { $on } 停用（僅為報導，尚未在 Microsoft Learn 上確認）。在確認之前不會有任何變更。
reason-retirement-reported-passed = Microsoft 已宣布此認證於 { $on } 停用（僅為報導，尚未在 Microsoft Learn 上確認）。該日期已過，更新評估很可能已無法參加。請在 Microsoft Learn 上確認此認證。
reason-github-two-years = 於 { $earned } 取得：GitHub 認證的有效期為兩年，因此於 { $expires } 到期。沒有更新評估：請再次通過考試以維持認證。
reason-learn-lists-retired = Microsoft Learn 將此認證列為已淘汰：它屬於你的歷史紀錄。
reason-learn-lists-expired = Microsoft Learn 將此認證列為已過期。
reason-valid-no-renewal = 有效至 { $expires }（剩餘 { $days } 天）。目前無法更新。
reason-retry-now = { $failed ->
    [one] 第一次沒有通過：可以立即再次嘗試更新評估。
   *[other] 距離上次嘗試已滿 24 小時：現在可以再次嘗試更新評估。
}
reason-retry-after = 已有 { $failed } 次未通過：第二次嘗試之後，每次須與上次間隔至少 24 小時。下次可於 { $next } 起嘗試。
reason-retry-too-late = 下次嘗試須等到 { $next }，已晚於最後有效日 { $expires }。
reason-renews-separately = 每個認證必須分別更新：更新此認證不會更新其先決條件認證，先決條件認證過期也不會使此認證過期。

## 輸入問題

problem-required = 為必填
problem-wrong-type = 必須是 { $expected }
problem-unknown-field = 不是已知的欄位
problem-not-json = 不是有效的 JSON：{ $detail }
problem-not-a-date = { $value } 不是日期
problem-not-an-instant = { $value } 不是 RFC 3339 格式的時間
problem-out-of-range = { $value } 超出支援的範圍
problem-empty = 不可為空
problem-too-long = 超過 { $max } 個字元
problem-too-many = 超過 { $max } 筆
problem-duplicate-id = { $value } 被多個認證使用
problem-unknown-kind = { $value } 不是認證類型（role-based、specialty、fundamentals、mos、mta、mcsa、mcsd、mcse、mce、applied-skills）
problem-unknown-certification = { $value } 不在目錄中
problem-not-in-catalog = { $value } 不在目錄中
problem-after-today = { $value } 晚於今天（{ $today }）
problem-before-program = { $value } 早於 Microsoft 認證計畫開始的日期（{ $start }）
problem-after-now = { $value } 晚於現在（{ $now }）
problem-earned-after-retirement = { $value } 晚於淘汰日 { $retired }：已淘汰的認證無法再取得
problem-kind-never-expires = { $kind } 認證不會過期，無法更新
problem-renewal-before-window = { $value } 早於更新期開始日 { $opens }（到期日 { $expires } 前 180 天）
problem-renewal-before-offered = { $value } 早於更新評估開始提供的日期 { $from }
problem-renewal-after-expiry = { $value } 已晚於最後有效日 { $expires }：已過期的認證無法更新，必須再次取得
problem-renewal-after-retirement = { $value } 晚於淘汰日 { $retired }：已淘汰的認證無法更新
problem-not-a-renewal = { $evidence ->
    [beta-exam] 通過 Beta 考試無法更新認證。
    [exam-retake] 重新考試無法更新認證。
   *[other] 通過新版考試（例如以 AZ-103 取得的認證改考 AZ-104）無法更新認證。
}要更新認證，您需要在認證過期之前於 Microsoft Learn 通過更新評估。
problem-attempt-outside-window = { $value } 不在更新期內（{ $opens } 至 { $expires }）
problem-attempt-too-soon = { $value } 距離上次嘗試（{ $previous }）不到 24 小時
problem-offset-out-of-range = { $value } 不是 1 到 180 的天數
problem-duplicate-offset = { $value } 重複了
problem-no-catalog-records = 沒有任何認證或考試（需要 Learn Catalog API 的回應）
problem-cannot-read = 無法讀取 { $file }：{ $detail }
problem-cannot-open-link = 無法以瀏覽器開啟 { $value }：{ $detail }
problem-cannot-print = 無法開啟列印對話方塊：{ $detail }
problem-database-busy = 另一個 Recert 正在使用您的資料，且未在 10 秒內完成；請稍後再試
problem-not-a-file = { $file } 不是一般檔案（裝置、資料夾或管道）：請選擇已儲存的檔案
problem-file-too-large = { $file } 大於 { $max } MiB：未讀取
problem-bad-id = 「{ $value }」不是 Recert 使用的 ID：請使用 1 到 64 個英文字母、數字、「-」或「_」
problem-control-character = 含有控制字元或改變文字方向的字元：請去掉後重新輸入
problem-implausible-expiry = 到期日 { $value } 不可能是 { $earned } 取得之認證的有效期：未匯入，請在 Microsoft Learn 上確認
problem-store-full = Recert 最多保存共 { $max } 個認證、計畫與成員（以確保每份備份都能還原）：請先刪除一些
problem-not-in-recovery = 資料庫狀態良好：沒有需要復原的內容
problem-pause-too-long = 將提醒暫停至 { $value }，超過設定畫面允許的時間
problem-usage = { $detail }（請參閱 recert --help）
problem-cannot-write = 無法寫入 { $file }：{ $detail }
problem-not-an-email = { $value } 不是電子郵件地址
problem-not-an-mcid = { $value } 不是 Microsoft 認證 ID（4 到 12 位數字，可在認證儀表板中找到）
problem-need-title-or-certification = 請從目錄中選擇認證，或輸入目錄中沒有的認證名稱
problem-holding-not-found = 此認證已不在 Recert 中
problem-renewal-not-open = 今天無法進行此認證的更新評估
problem-attempt-not-yet = 下次嘗試須等到 { $next }（上次嘗試的 24 小時後）
problem-profiles-connected = 您的資料已連接，連接無法更改
problem-profiles-incomplete = 請先儲存認證資料和 Learn 檔案資料
problem-merge-profiles-first = 您有多個認證資料：請先聯絡認證支援團隊合併（https://aka.ms/mcpforum），再進行連接
problem-confirm-irreversible = 請確認您了解連接無法復原
problem-link-not-allowed = { $value } 不是 Recert 會開啟的 Microsoft Learn 網址
problem-newer-format = 此檔案由較新版本的 Recert 建立（格式版本 { $found }）；請更新 Recert 後再匯入
problem-not-recert-export = 這不是 Recert 資料檔案
problem-storage = 無法讀寫資料庫：{ $detail }
problem-newer-database = 資料由較新版本的 Recert 寫入（結構描述 { $found }）；請更新 Recert 後再開啟

## 表單欄位

field-certification = 認證
field-custom_title = 名稱
field-name = 姓名
field-kind = 類型
field-earned_on = 取得日期
field-renewed_on = 更新日期
field-assessment_attempts = 評估嘗試
field-mcid = 認證 ID（MCID）
field-legal_name = 法定姓名
field-contact_email = 聯絡電子郵件
field-account_email = 個人 Microsoft 帳戶
field-sign_in_email = Learn 登入電子郵件
field-account_type = 帳戶類型
field-reminder_offsets = 提醒天數

## 建議

reason-connect-profiles = 請將您的認證資料連接到 Learn 的檔案資料，才能進行更新評估。
warning-different-accounts = 您的兩個資料使用不同的帳戶。建議認證資料和 Learn 檔案資料使用相同的個人 Microsoft 帳戶。

## 應用程式

app-name = Recert
app-tagline = 讓您的 Microsoft 認證保持有效
close-unsaved-title = 要關閉 Recert 的視窗嗎？
close-unsaved-body = 您在開啟的表單中輸入的內容尚未儲存。無論如何，Recert 都會繼續在系統匣中執行。
close-unsaved-discard = 不儲存並關閉
skip-to-content = 跳到主要內容
nav-dashboard = 認證
nav-profiles = 資料
nav-settings = 設定
action-add = 新增認證
action-edit = 編輯
action-remove = 移除
action-save = 儲存
action-cancel = 取消
action-close = 關閉
action-renew = 更新…
action-why = 原因
action-hide-why = 隱藏詳細資料
action-confirm = 確認
today-is = 今天：{ $date }

## 儀表板

count-renewal-open = 可更新
count-active = 有效
count-expired = 已過期
count-no-expiry = 不會過期
empty-title = 尚未新增任何認證
empty-lead = Recert 會追蹤每個認證的到期日與免費更新評估的開放時間，並及時提醒您。
empty-step-import = 從 Microsoft Learn 匯入：在 Learn 開啟你的個人檔案，進入「成績單」，選擇「共用連結」，然後將連結貼到這裡。認證會帶著 Microsoft 的日期一起匯入。
empty-step-add = 或手動新增已取得或計畫取得的認證。
empty-step-profiles = 連結您的認證資料與 Learn 檔案資料。
empty-step-renew = 更新期開放時，在 Microsoft Learn 上免費更新。
card-expires = 到期日 { $date }
card-valid-until = 依你的時區有效至 { $time }
card-expired = 已於 { $date } 過期
card-days-left = 剩餘 { $days } 天
card-window-opens = 更新期開始 { $date }
card-renewable-now = 現在可以更新
card-never-expires = 不會過期
card-history = 在 Microsoft Learn 的歷史紀錄中
card-earned = 取得日期 { $date }
card-broken = 請檢查此認證的日期
card-exams = 考試：{ $codes }
remove-title = 要移除此認證嗎？
remove-confirm = 要從 Recert 移除 { $title } 嗎？其日期與更新記錄將一併刪除。
open-cert-dashboard = 開啟認證儀表板
card-renew-on-learn = 在 Microsoft Learn 上更新

## 新增／編輯

form-add-title = 新增認證
form-edit-title = 編輯認證
form-search = 以名稱或考試代碼（AZ-104）搜尋目錄
form-search-empty = 目錄中沒有相符的項目。請在下方以名稱新增。
form-selected = 已選擇：{ $title }
form-missing = 目錄中沒有？
form-missing-lead = 輸入名稱並選擇類型即可新增。
form-date-hint = YYYY-MM-DD，通過最後一項必要考試的日期
form-kind-choose = 選擇類型…
saved = 已儲存。

## 更新

renew-title = 更新：{ $title }
renew-pass = 我已通過更新評估
renew-pass-on = 通過日期
renew-evidence = 您如何更新？
evidence-assessment = Microsoft Learn 上的免費更新評估
evidence-beta-exam = 我通過了 Beta 考試
evidence-exam-retake = 我重新參加了考試
evidence-newer-exam-version = 我通過了新版考試
renew-preview = 新的到期日：{ $to }（原為 { $from }）
renew-check = 檢查
renew-record = 記錄更新
renew-recorded = 已記錄更新。新的到期日：{ $date }。
renew-fail = 我剛剛沒有通過
renew-fail-recorded = 已記錄嘗試。
renew-next-attempt = 下次可於 { $when } 起嘗試。
renew-not-open = 更新期尚未開放。
renew-rules = 只有在到期日之前通過 Microsoft Learn 上的免費更新評估才能更新認證。嘗試次數不限：第一次沒有通過可以立即再試；第二次之後，每次須間隔 24 小時。

## 資料

profiles-title = 您的 Microsoft 資料
profiles-lead = 必須將認證資料連接到 Learn 的檔案資料後，才能進行更新評估。
profiles-cert-title = 認證資料
profiles-cert-lead = 保留您的認證歷史記錄。請使用個人 Microsoft 帳戶登入。
profiles-learn-title = Learn 檔案資料
profiles-learn-lead = 您在 Microsoft Learn 的活動記錄。可使用個人帳戶或工作或學校帳戶。
account-personal = 個人 Microsoft 帳戶
account-work-or-school = 工作或學校帳戶
profiles-several = 我有多個認證資料
profiles-several-stop = 一個認證資料僅能連接到一個檔案資料。請先聯絡認證支援團隊合併您的認證資料。
profiles-merge-link = 聯絡認證支援團隊合併
profiles-connect = 連接資料
profiles-connect-title = 要連接您的資料嗎？
profiles-connect-warning = 連接是永久的：此認證資料僅能連接到一個檔案資料，之後無法更改。
profiles-connect-ack = 我了解此操作無法復原
profiles-connected = 已於 { $date } 連接。連接無法更改。
profiles-not-connected = 尚未連接。

## 設定

settings-title = 設定
settings-language = 語言
settings-language-system = 與系統相同
settings-theme = 主題
theme-system = 與系統相同
theme-light = 淺色
theme-dark = 深色
settings-data = 您的資料
settings-data-lead = 所有資料都保存在這台電腦上。匯出即可備份或移到另一台電腦。
settings-export = 匯出資料…
settings-import = 匯入資料…
settings-exported = 已匯出至 { $file }。
import-preview-title = 要匯入此檔案嗎？
import-preview = 新增 { $added }、更新 { $updated }、移除 { $removed }、未變更 { $unchanged }。
import-plans = 正在準備：新增 { $added } 項、更新 { $updated } 項、移除 { $removed } 項。
import-people = 您關注的成員（含其認證）：新增 { $added } 位、更新 { $updated } 位、移除 { $removed } 位。
import-profiles-changed = 您的資料將被取代。
import-settings-changed = 您的設定將被取代。
import-nothing = 此檔案的內容與 Recert 現有資料相同：沒有需要變更的項目。
import-apply = 匯入
import-done = 已匯入。
settings-catalog = 認證目錄
settings-catalog-info = { $source ->
    [bundled] 內建快照
    [learn] 從 Microsoft Learn 讀取的目錄
   *[other] 已匯入的目錄
}，{ $certifications } 個認證，{ $exams } 個考試{ $date ->
    [none] 。
   *[other] （截至 { $date }）。
}
settings-catalog-import = 匯入已儲存的 Learn Catalog API 回應…
settings-catalog-imported = 已匯入目錄。
settings-catalog-check = 在 Microsoft Learn 檢查目錄變更
settings-catalog-checking = 正在讀取 Microsoft 的目錄…
catalog-check-title = 來自 Microsoft Learn 的目錄變更
catalog-check-lead = Microsoft 列出 { $listed } 項認證。套用不會變更您記錄的任何內容；Microsoft 不再列出的認證仍會為持有者保留在 Recert 中。
catalog-check-new = 新增（{ $count }）
catalog-check-renamed = 更名（{ $count }）
catalog-check-renamed-line = { $from } → { $to }
catalog-check-unlisted = Microsoft 已不再列出，很可能已停用（{ $count }）
catalog-check-new-exams = 有 { $count } 項新考試。
catalog-check-apply = 套用變更
catalog-check-applied = 目錄已與 Microsoft Learn 同步。
catalog-check-nothing = Recert 的目錄已與 Microsoft 的一致。
problem-not-a-time = { $value } 不是時間（HH:MM，00:00 至 23:59）
field-reminder_time = 時間

## 通知與系統匣

notify-window-opens-summary = 可以更新：{ $title }
notify-window-opens-body = 請在 { $deadline } 當天或之前於 Microsoft Learn（aka.ms/CertDashboard）通過免費的更新評估（剩餘 { $days } 天）。
notify-before-expiry-summary = { $title } 將在 { $days } 天後到期
notify-before-expiry-body = 免費更新：請在 { $deadline } 當天或之前於 Microsoft Learn（aka.ms/CertDashboard）通過更新評估。
notify-expired-summary = { $title } 已過期
notify-expired-body = 已超過最後有效日 { $deadline } 而過期，無法再更新。必須透過要求的考試再次取得認證。
notify-several-summary = 有 { $count } 個認證需要處理
notify-line-renew = { $title }：請在 { $deadline } 當天或之前更新
notify-line-expired = { $title }：已於 { $deadline } 過期
notify-line-more = …其他 { $count } 個請見儀表板
notify-action-open = 在 Recert 中開啟
notify-close-hint-summary = Recert 仍在執行
notify-close-hint-body = 它會留在系統匣中及時提醒您。若要結束，請在系統匣選單中選擇「結束」。
banner-no-notifications = 此系統無法使用通知，因此 Recert 會在這裡顯示提醒。
tray-open = 開啟 Recert
tray-pause = 暫停提醒一天
tray-resume = 恢復提醒
tray-quit = 結束
tray-item-open = { $title }：請在 { $deadline } 當天或之前更新
tray-item-upcoming = { $title }：{ $date } 提醒

## 提醒設定

settings-reminders = 提醒
settings-reminders-lead = 與 Microsoft 的電子郵件相同：更新期開始時，以及到期前最多四次提醒，每次只提醒一次。
settings-offsets = 到期前天數
settings-paused = 提醒已暫停至 { $until }。
settings-pause = 暫停一天
settings-resume = 恢復
settings-autostart = 登入時啟動 Recert
settings-autostart-hint = 登入時，Recert 會在系統匣中啟動而不開啟視窗，並從那裡提醒您；點選提醒，或在系統匣選單中選擇「開啟 Recert」即可開啟。
settings-save-reminders = 儲存提醒設定
card-mute = 將提醒設為靜音
card-unmute = 取消靜音
card-muted = 提醒已靜音
problem-autostart = 無法變更登入時啟動：{ $detail }
problem-recovery-needed = 資料庫尚未開啟：請在復原畫面中選擇處理方式

## 復原與備份

recovery-title = Recert 無法開啟您的資料
recovery-damaged = 資料庫已損毀（檔案被截斷或無法讀取）。沒有刪除任何東西：損毀的檔案會保留在資料資料夾中。
recovery-newer = 資料庫由較新版本的 Recert 寫入。請更新 Recert 後再開啟，或將其保留並從備份復原或重新開始。
recovery-locked = 另一個程式正在使用資料庫（可能是另一個 Recert 或命令列匯入）。請關閉後再試一次。
recovery-detail = 詳細資料：{ $detail }
recovery-folder = 資料資料夾：{ $dir }
recovery-backups = 從備份復原
recovery-no-backups = 沒有可以復原的備份。
recovery-restore = 復原此備份
recovery-backup-line = { $date }：{ $count } 個認證
recovery-fresh = 重新開始
recovery-fresh-lead = 以空白資料開始。損毀的檔案會保留在資料資料夾中。
recovery-retry = 再試一次
recovery-done = Recert 已恢復正常。
settings-backups = 自動備份
settings-backups-lead = Recert 每天備份您的資料，保留最近七份。
settings-restore = 復原…

## 取得認證（seed 002）
problem-exam-already-passed = 此測驗已通過；認證有效期間不能重考
problem-beta-exam-once = Beta 測驗只能參加一次
problem-sitting-not-after-last = 應考時間必須晚於上次應考（{ $last }）
problem-retake-first = 第一次未通過後，可從 { $next } 起重考（24 小時後）
problem-retake-later = 下次應考須等到 { $next }（重考政策的等待期間）
problem-retake-yearly-cap = 12 個月內已應考 5 次：下次應考須等到 { $next }
problem-not-a-date-time = 「{ $value }」不是日期時間（YYYY-MM-DD HH:MM）
problem-booking-in-past = { $value } 已經過去；預約必須在未來
problem-result-in-future = { $value } 的測驗尚未進行
problem-plan-not-found = 該計畫已不存在
problem-exam-not-in-plan = 「{ $value }」不是此認證的測驗
problem-plan-exists = 您已經在準備此認證
problem-already-held = 您已持有此認證且仍有效：不需重考其測驗
problem-retired-cannot-earn = 此認證已於 { $on } 停用，無法再取得
problem-no-exams-listed = 目錄中沒有此認證的測驗
notify-exam-tomorrow-summary = 明天是測驗 { $code }
notify-exam-today-summary = 今天是測驗 { $code }
notify-exam-body = { $title }：{ $at }。請確認身分證件；線上測驗請檢查系統與房間。
notify-line-exam = 測驗 { $code }（{ $title }）：{ $at }
calendar-name = Recert：認證
calendar-team-name = Recert：團隊的更新最後一天
calendar-team-deadline-summary = { $person }：{ $title } 更新最後一天
calendar-window-summary = 開放更新：{ $title }
calendar-window-description = { $title } 的免費更新評定已在 Microsoft Learn 開放。請在 { $deadline } 當天或之前通過。
calendar-deadline-summary = 更新最後一天：{ $title }
calendar-deadline-description = { $title } 將於 { $deadline } 到期。請在此之前通過更新評定，否則必須再次通過測驗。
calendar-exam-summary = 測驗 { $code }：{ $title }
calendar-exam-description = { $title } 的測驗 { $code }：{ $at }（{ $delivery }）
delivery-online = 線上（監考）
delivery-test-centre = 考試中心
transcript-col-title = 認證
transcript-col-exams = 測驗
transcript-col-kind = 類型
transcript-col-earned = 取得日期
transcript-col-expires = 到期日
transcript-col-state = 狀態
transcript-col-number = 認證編號
transcript-active = 有效
transcript-historical = 歷史
transcript-no-expiry = 不會到期
browse-renewal-never = 不會到期：不需要更新。
browse-renewal-yearly = 有效期一年；每年可在到期前六個月內，透過 Microsoft Learn 的線上評定免費更新。
browse-renewal-from = 有效期一年；更新評定自 { $from } 起提供。
role-administrator = 系統管理員
role-ai-engineer = AI 工程師
role-business-user = 商務使用者
role-data-analyst = 資料分析師
role-data-engineer = 資料工程師
role-data-scientist = 資料科學家
role-database-administrator = 資料庫管理員
role-developer = 開發人員
role-devops-engineer = DevOps 工程師
role-functional-consultant = 功能顧問
role-identity-access-admin = 身分識別與存取管理員
role-network-engineer = 網路工程師
role-security-engineer = 安全性工程師
role-security-operations-analyst = 安全性作業分析師
role-solution-architect = 解決方案架構師
role-support-engineer = 支援工程師
level-beginner = 初級
level-intermediate = 中級
level-advanced = 高級
field-certification_number = 認證編號
field-at = 日期時間
field-exam = 測驗
form-number-hint = 選填：證書上的編號，用於成績單。
card-number = 編號 { $number }
empty-add-by-hand = 手動新增
empty-browse = 瀏覽目錄
saved-to = 已儲存至 { $path }
nav-catalog = 目錄
nav-plans = 準備中
nav-timeline = 時間軸
nav-transcript = 成績單
browse-title = 認證目錄
browse-lead = 依角色、等級、產品或類型尋找認證，查看所需測驗與更新方式，並開始準備。
browse-search = 搜尋目錄
browse-search-placeholder = 名稱或測驗代碼，例如 AZ-104
browse-filter-role = 角色
browse-filter-level = 等級
browse-filter-product = 產品
browse-filter-kind = 類型
browse-any-role = 所有角色
browse-any-level = 所有等級
browse-any-product = 所有產品
browse-any-kind = 所有類型
browse-include-retired = 顯示已停用
browse-clear = 清除篩選
browse-total = { $count } 項認證
browse-no-exams = 未列出測驗
browse-retired = 已於 { $date } 停用
browse-empty = 沒有符合篩選條件的認證。
browse-languages = 語言：{ $list }
browse-back = 所有認證
link-study-guide = 學習指南
link-practice = 練習評定
link-sandbox = 測驗沙箱
link-register = 預約測驗
link-certification = Microsoft Learn 上的認證頁面
page-exams-one = 需通過的測驗
page-exams-several = 需通過的 { $count } 項測驗（通過最後一項的當天取得）
page-prerequisites = 先決條件
page-prerequisites-lead = 另需下列其中一項認證。
page-prerequisite-held = 已持有
page-start-plan = 我正在準備
page-planned = 您正在準備此認證。
page-held = 您已持有此認證且仍有效。
plan-started = 開始準備 { $title }。
plans-title = 準備中
plans-lead = 您正在取得的認證：預約每項測驗並輸入結果，Recert 會追蹤重考規則。通過最後一項測驗後，認證會移到儀表板。
plans-empty-title = 目前沒有準備中的認證
plans-empty-lead = 在目錄中選擇認證，再按「我正在準備」。
plans-browse = 瀏覽目錄
plan-progress = 已通過 { $passed } / { $total }
plan-started-on = 開始於 { $date }
plan-prerequisite = 另需：{ $list }。
plan-open-page = 認證頁面
plan-remove = 停止準備
plan-remove-title = 要停止準備此認證嗎？
plan-remove-confirm = 停止準備 { $title }？其預約與結果將被移除。
plan-earned = 已於 { $date } 取得 { $title }，現在顯示在儀表板上。
exam-planned = 已規劃：尚未預約。
exam-scheduled = 已預約於 { $at }，{ $delivery }。
exam-scheduled-beta = Beta 測驗已預約於 { $at }，{ $delivery }。
exam-pending = 等待結果：預計於 { $by } 前出現在 Learn 設定檔。
exam-pending-longer = 等待結果：Beta 測驗與 Certiport 的結果可能超過 24 小時。
exam-pending-hint = 結果通常在幾分鐘內出現，並在 24 小時內顯示於 Learn 設定檔。
exam-pending-certiport = Certiport 的結果可能需要較久才會顯示於 Learn 設定檔。
exam-passed = 已於 { $date } 通過。
exam-failed = 於 { $date } 未通過。
exam-failed-first-retake = 於 { $date } 未通過。可從 { $next } 起重考（第一次應考的 24 小時後）。
exam-failed-later-retake = 於 { $date } 未通過。下次應考須等到 { $next }。
exam-failed-yearly-cap = 於 { $date } 未通過。12 個月內已應考 5 次：下次須等到 { $next }。
exam-book = 預約…
exam-rebook = 變更預約…
exam-cancel = 取消預約
exam-enter-result = 輸入結果…
booking-title = 預約測驗 { $code }
booking-lead = 先向測驗提供者預約，再在此輸入時間：Recert 會在前一天與當天早上提醒您。
field-date = 日期
field-time = 時間
booking-at-hint = 當地時間，與預約確認相同。
booking-delivery = 地點
booking-beta = Beta 測驗（只能參加一次；結果較晚公布）
booking-rules = 重考政策：第一次未通過後需等 24 小時，之後每次間隔 14 天，12 個月內最多 5 次。Beta 測驗只能參加一次。
booking-rules-mos = Microsoft Office Specialist 重考政策：第一次未通過後需等 24 小時，之後 48 小時，沒有年度次數限制。
booking-saved = 已預約測驗。
result-title = 測驗 { $code } 的結果
result-outcome = 結果
result-passed = 通過
result-failed = 未通過
result-at = 應考時間
result-hint = 結果通常在幾分鐘內出現，並在 24 小時內顯示於 Learn 設定檔。
timeline-title = 時間軸
timeline-table-show = 以表格顯示
timeline-table-event = 期間或事件
timeline-lead = 歷年的認證：有效期間、更新期間、更新與測驗。
timeline-empty = 新增認證或開始準備一項認證，即會顯示於此。
timeline-details-hint = 將指標移到圖上或以 Tab 鍵移動即可查看詳細資料。
timeline-valid = 有效
timeline-window = 更新期間
timeline-renewed = 已更新
timeline-exam = 測驗
timeline-today = 今天
timeline-detail-valid = { $title }：{ $from } – { $to } 有效（{ $expires } 到期）
timeline-detail-never = { $title }：{ $from } 取得，不會到期
timeline-detail-window = { $title }：更新期間 { $from } – { $to }
timeline-detail-today = 今天，{ $date }
timeline-detail-earned = { $title }：{ $date } 取得
timeline-detail-renewed = { $title }：{ $date } 更新
timeline-detail-exam = 測驗 { $code }（{ $title }）：{ $at }
timeline-detail-exam-passed = 測驗 { $code }：{ $date } 通過
timeline-detail-exam-failed = 測驗 { $code }：{ $date } 未通過
calendar-export = 匯出行事曆（.ics）
calendar-export-hint = 更新期間開始、更新最後一天與已預約的測驗（含提醒）。變更後再次匯入：事件會更新，不會重複。
transcript-title = 成績單
transcript-lead = 您有效與歷史的認證，可列印（或存成 PDF）或存成 CSV。
transcript-of = { $name } · 認證 ID { $mcid }
transcript-printed = 截至 { $date }
transcript-print = 列印或存成 PDF…
transcript-csv = 存成 CSV…
transcript-active-heading = 有效（{ $count }）
transcript-historical-heading = 歷史（{ $count }）
transcript-none = 無。
dashboard-shown = 顯示 { $total } 項中最緊急的 { $shown } 項。
dashboard-show-more = 再顯示 { $count } 項

## Updates

settings-updates = 更新
settings-updates-lead = Recert 可以檢查由其開發者簽署的新版本，並在您同意時安裝。只會傳送您正在使用的版本，您的認證資料絕不會離開這台電腦。
settings-updates-switch = 檢查 Recert 的更新
update-check = 立即檢查
update-checking = 正在檢查…
update-up-to-date = Recert { $version } 已是最新版本。
update-available = 已有 Recert { $version } 可用。
update-install = 安裝並重新啟動
update-installing = 正在下載並驗證…
problem-updates-off = 更新已關閉：請先開啟「檢查 Recert 的更新」
problem-update-unreachable = 無法連線到更新伺服器（{ $detail }）；請檢查網路連線後再試一次
problem-update-timeout = 更新伺服器在 { $seconds } 秒內沒有回應；請稍後再試
problem-update-bad-answer = 更新伺服器的回應不是 Recert 可以使用的更新：{ $detail }
problem-update-signature = 此更新沒有 Recert 金鑰的簽章，因此沒有安裝；沒有任何變更
problem-update-install = 更新已通過驗證，但無法安裝：{ $detail }
problem-update-too-large = 更新套件超過 { $max } MiB，比任何 Recert 套件都大：已停止下載，未安裝任何內容
problem-no-update-pending = 沒有可安裝的更新：請先檢查更新
problem-updates-not-configured = 此 Recert 是在發行流程之外建置的，沒有更新伺服器；請安裝正式發行的版本以取得更新

## Microsoft Learn 成績單

transcript-preview = 來自成績單：新增 { $added } 項、更新 { $updated } 項、未變更 { $unchanged } 項。
transcript-not-in-catalog = 不在 Recert 的目錄中，以名稱保存為 { $kind }：{ $title }（請在儀表板上確認）
transcript-item-skipped = 未匯入：{ $title }（{ $field }）：{ $problem }
transcript-plan-exams = 正在準備的 { $title }：以成績單上的日期將 { $exams } 記錄為已通過。
transcript-plan-finished = 正在準備的 { $title }：成績單列有此認證，因此將移至您的認證。
problem-not-a-transcript-link = { $value } 不是共用的成績單連結：請在 Microsoft Learn 開啟您的個人檔案，選擇「成績單」→「共用連結」，然後複製連結（https://learn.microsoft.com/…/transcript/…）
problem-transcript-field = 不存在，或不是 Recert 認得的格式；Microsoft 可能已變更成績單
problem-transcript-not-shared = Microsoft Learn 沒有共用此成績單（從未共用，或已關閉共用）：請在 Learn 個人檔案中重新共用，並複製新的連結
problem-catalog-shrunk = Microsoft 的回應只列出 { $listed } 項認證，而 Recert 知道的現行認證有 { $known } 項：回應似乎不完整，因此未做任何變更；請稍後再試
problem-catalog-endpoint-gone = Microsoft 的目錄位址已不再回應（Microsoft 已宣布將停用）：Recert 會繼續使用目前的目錄，每次 Recert 更新都會帶來較新的目錄
problem-catalog-unreachable = 無法讀取 Microsoft 的目錄（{ $detail }）；未做任何變更：請檢查網路連線後再試一次
problem-catalog-changed-since-preview = 您檢視之後 Microsoft 的目錄已有變動：未套用任何變更；請再檢查一次，查看現在的變更內容
problem-learn-unreachable = 無法連線到 Microsoft Learn（{ $detail }）；請檢查網路連線，或匯入已儲存的成績單
problem-learn-timeout = Microsoft Learn 在 { $seconds } 秒內沒有回應；請稍後再試，或匯入已儲存的成績單
problem-learn-bad-answer = Microsoft Learn 的回應不是成績單：{ $detail }
field-transcript_link = 成績單連結
learn-import = 從 Microsoft Learn 匯入
learn-import-lead = 在 Microsoft Learn 開啟您的個人檔案，選擇「成績單」→「共用連結」，將連結貼到這裡。Recert 會以 Microsoft 的日期讀取您的認證。只會傳送此連結，且只傳送到 learn.microsoft.com。
learn-import-link = 成績單的共用連結
learn-import-fetch = 從 Microsoft Learn 讀取
learn-import-file = 選擇已儲存的成績單檔案…
learn-import-reading = 正在讀取您的成績單…
learn-import-item-added = 新增
learn-import-item-updated = 更新
learn-import-item-unchanged = 未變更
learn-import-not-in-catalog = 不在 Recert 的目錄中：以名稱保存為 { $kind }。請在匯入後確認。
learn-import-skipped = 有 { $count } 個項目不會匯入：
learn-import-profile = 同時將成績單中的 MCID（{ $mcid }）與法定姓名填入我的認證資料
learn-import-apply = 匯入
learn-import-done = 已從 Microsoft Learn 匯入：新增 { $added } 項，更新 { $updated } 項。

## Delete all my data

forget-heading = 刪除我的所有資料
forget-hint = 從這台電腦移除您的認證、正在準備的認證、資料檔與設定，以及所有備份。適合在轉讓電腦前使用；若想保留，請先匯出資料。
forget-open = 刪除我的所有資料…
forget-title = 要刪除您的所有資料嗎？
forget-lead = Recert 將從 { $dir } 刪除：
forget-holdings = { $count } 項認證
forget-plans = { $count } 項正在準備的認證
forget-people = 您關注的 { $count } 位成員及其認證
forget-profiles = 您的認證資料檔與 Learn 資料檔（MCID、法定姓名、電子郵件地址）
forget-backups = { $count } 份每日備份
forget-set-aside = { $count } 個復原時移至一旁的損壞資料庫
forget-irreversible = 此操作無法復原。您另存於其他位置的匯出檔案不受影響。
forget-confirm = 全部刪除
forget-done = 已刪除您的所有資料。
forget-cli-needs-yes = 未刪除任何內容：加上 --yes 才會全部刪除。

## Team (several people)
nav-team = 團隊
team-title = 團隊
team-lead = 誰該在何時更新：您的認證，以及您關注的人的認證。您自己的儀表板維持不變。
team-me = 我
team-whose = { $person }：{ $title }
team-add-person = 新增成員
team-person-name = 姓名
team-add-person-title = 新增成員
team-rename-title = 重新命名 { $name }
team-filter-person = 成員
team-filter-everyone = 所有人
team-filter-query = 認證
team-filter-query-placeholder = 名稱或考試代碼
team-filter-product = 產品
team-any-product = 所有產品
team-clear = 清除篩選
bucket-renewal-open = 現在可以更新
bucket-within-30 = 30 天內到期
bucket-within-60 = 31–60 天後到期
bucket-within-90 = 61–90 天後到期
bucket-expired-recently = 過去 90 天內已到期
bucket-working-on = 正在準備
team-bucket-empty = 無
team-entry-expires = { $date } 到期 · 剩 { $days } 天
team-entry-expired = 已於 { $date } 到期
team-entry-started = { $date } 開始
team-people = 成員
team-people-empty = 尚無成員：請新增您要關注其認證的人。
team-person-counts = { $holdings } 項認證 · { $plans } 項準備中
team-remind = 也提醒我此人的更新
team-open-person = 認證
team-rename = 重新命名
team-remove-person = 移除成員
team-remove-title = 要移除 { $name } 嗎？
team-remove-confirm = { $name } 及其 { $count } 項認證將一次全部移除。每日備份會保留它們，直到備份輪替刪除為止。
team-person-add = 新增認證
team-person-empty = 尚無認證。
team-back = 返回團隊
team-saved-person = 已新增 { $name }。
team-removed-person = 已移除 { $name }。
problem-person-not-found = 此成員已不在 Recert 中
problem-no-such-person = Recert 中沒有名為「{ $value }」的成員
problem-several-people-named = 有多位追蹤的成員名為 { $value }：請改用其 ID（{ $ids }）
problem-name-taken = 「{ $value }」已是團隊檢視中某人的名稱：請改用其他名稱，讓行事曆與提醒能分辨是誰
team-col-person = 成員
team-col-status = 狀態
team-col-days-left = 剩餘天數
team-export-csv = 將狀態另存為 CSV…
team-export-csv-hint = 所有人的認證、狀態、到期日與剩餘天數，供試算表使用。
team-export-calendar = 匯出行事曆 (.ics)
team-export-calendar-hint = 所有人的更新最後一天集中在一個行事曆，每個事件都標明是誰的。
team-link = 此人的 Learn 成績單分享連結
team-link-hint = 只有在更新時，才會將此連結傳送到 learn.microsoft.com，且只傳送此連結。
team-link-save = 儲存連結
team-link-saved = 已儲存連結。
team-refresh = 從 Microsoft Learn 更新
team-refresh-all = 全部更新
team-refresh-title = 從 Microsoft Learn 更新
team-refresh-reading = 正在讀取 { $name } 的成績單（第 { $done } 份，共 { $total } 份）…
team-refresh-read = 已讀取 { $total } 份中的 { $done } 份成績單。要套用以下變更嗎？
team-refresh-failed = 未更新：{ $error }
team-refresh-apply = 套用變更
team-refresh-nothing = 沒有需要變更的項目。
team-refresh-done = 已更新 { $count } 位成員。
team-show-all = 顯示全部 { $count } 項

## 與 Microsoft Learn 同步
sync-title = Microsoft Learn
sync-switch = 自動與 Microsoft Learn 保持同步
sync-hint = 每天一次，Recert 會重新讀取你與團隊共用的成績單連結：在 Learn 上完成更新後提醒就會停止，新的認證會出現。只會連線到 learn.microsoft.com；在你開啟之前不會進行。
sync-own-link = 你的成績單共用連結
sync-save-link = 儲存連結
sync-read-now = 立即讀取
sync-reading = 正在讀取 Microsoft Learn…
sync-no-links = 尚無連結：請以共用連結匯入成績單，或貼在上方；團隊成員的連結請在團隊畫面新增。
sync-never-read = 尚未讀取
sync-read-days = { $days ->
    [0] 今天已讀取
   *[other] { $days } 天前讀取
}
sync-changed = 最近變更 { $time }：新增 { $added } 個、更新 { $updated } 個
sync-not-shared = Microsoft Learn 已不再共用此成績單
sync-dashboard = Microsoft Learn：{ $status }
sync-not-shared-notice = Microsoft Learn 已不再共用 { $who } 的成績單：Recert 會保留現有資料，不再變更。
sync-cli-read = { $who }：已讀取；新增 { $added } 個，更新 { $updated } 個
sync-cli-failed = { $who }：這次未能讀取（{ $problem }）；Recert 稍後會再試
