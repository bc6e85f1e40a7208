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
reason-renewal-open = 可以更新：請在 { $expires } 之前於 Microsoft Learn 通過免費的更新評估（剩餘 { $days } 天）。通過考試或 Beta 考試無法更新認證。
reason-expired = 已於 { $on } 過期，無法再更新。必須透過要求的考試再次取得認證。
reason-renewal-offered-from = 此認證的更新評估自 { $from } 起提供。
reason-not-offered-before-expiry = 此認證的更新評估自 { $from } 起才提供，晚於到期日 { $expires }。
reason-retired = 已於 { $on } 淘汰：無法再取得或更新，在到期前仍然有效。
reason-retires-on = 將於 { $on } 淘汰：請在此之前更新；之後將無法再取得或更新。
reason-retry-now = { $failed ->
    [one] 第一次沒有通過：可以立即再次嘗試更新評估。
   *[other] 距離上次嘗試已滿 24 小時：現在可以再次嘗試更新評估。
}
reason-retry-after = 已有 { $failed } 次未通過：第二次嘗試之後，每次須與上次間隔至少 24 小時。下次可於 { $next } 起嘗試。
reason-retry-too-late = 下次嘗試須等到 { $next }，已不在到期日 { $expires } 之前。
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
problem-after-now = { $value } 晚於現在（{ $now }）
problem-earned-after-retirement = { $value } 在淘汰日 { $retired } 當天或之後：已淘汰的認證無法再取得
problem-kind-never-expires = { $kind } 認證不會過期，無法更新
problem-renewal-before-window = { $value } 早於更新期開始日 { $opens }（到期日 { $expires } 前 180 天）
problem-renewal-before-offered = { $value } 早於更新評估開始提供的日期 { $from }
problem-renewal-after-expiry = { $value } 不在到期日 { $expires } 之前：已過期的認證無法更新，必須再次取得
problem-renewal-after-retirement = { $value } 在淘汰日 { $retired } 當天或之後：已淘汰的認證無法更新
problem-not-a-renewal = { $evidence ->
    [beta-exam] 通過 Beta 考試無法更新認證。
    [exam-retake] 重新考試無法更新認證。
   *[other] 通過新版考試（例如以 AZ-103 取得的認證改考 AZ-104）無法更新認證。
}要更新認證，您需要在認證過期之前於 Microsoft Learn 通過更新評估。
problem-attempt-outside-window = { $value } 不在更新期內（{ $opens } 至 { $expires } 前一天）
problem-attempt-too-soon = { $value } 距離上次嘗試（{ $previous }）不到 24 小時
problem-offset-out-of-range = { $value } 不是 1 到 180 的天數
problem-duplicate-offset = { $value } 重複了
problem-no-catalog-records = 沒有任何認證或考試（需要 Learn Catalog API 的回應）
problem-cannot-read = 無法讀取 { $file }：{ $detail }
problem-usage = { $detail }（請參閱 recert --help）
