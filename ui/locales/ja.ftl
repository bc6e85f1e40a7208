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
