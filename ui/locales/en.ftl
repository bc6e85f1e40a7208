# Recert — English messages. Ids are shared by the UI, the engine and the notifications.
# Dates and instants arrive already formatted for the locale.

## Kinds of credential

kind-role-based = Role-based
kind-specialty = Specialty
kind-fundamentals = Fundamentals
kind-mos = Microsoft Office Specialist
kind-mta = Microsoft Technology Associate
kind-mcsa = MCSA
kind-mcsd = MCSD
kind-mcse = MCSE
kind-mce = MCE
kind-applied-skills = Applied Skills

## Status

status-no-expiry = Does not expire
status-active = Active
status-renewal-open = Renewal open
status-expired = Expired

## Reasons: why a date is what it is

reason-never-expires = { $kind ->
    [fundamentals] Fundamentals certifications do not expire, so there is nothing to renew.
    [applied-skills] Applied Skills credentials do not expire, so there is nothing to renew.
   *[other] This credential does not expire, so there is nothing to renew.
}
reason-valid-two-years = Earned on { $earned }, before 2021-06-30, so valid for two years: it expires on { $expires }.
reason-valid-one-year = Earned on { $earned }, on or after 2021-06-30, so valid for one year: it expires on { $expires }.
reason-leap-day = Earned on 29 February: the expiry year has no 29 February, so the expiry falls on { $expires }.
reason-renewed = Renewed on { $on }: expiry moved from { $from } to { $to }, one year on from the expiry it replaced.
reason-window-opens-on = The free renewal assessment opens 180 days before expiry, on { $opens } ({ $days ->
    [one] in 1 day
   *[other] in { $days } days
}).
reason-renewal-open = Renewal is open: pass the free renewal assessment on Microsoft Learn before { $expires } ({ $days ->
    [one] 1 day left
   *[other] { $days } days left
}). Exams and beta exams do not renew a certification.
reason-expired = Expired on { $on }: it can no longer be renewed. Pass the required exam(s) to earn it again.
reason-renewal-offered-from = The renewal assessment for this certification is offered from { $from }.
reason-not-offered-before-expiry = The renewal assessment for this certification is offered only from { $from }, after it expires on { $expires }.
reason-retired = Retired on { $on }: it can no longer be earned or renewed, and stays valid until it expires.
reason-retires-on = Retires on { $on }: renew before then; afterwards it can no longer be earned or renewed.
reason-retry-now = { $failed ->
    [one] One failed attempt: you may take the renewal assessment again right away.
   *[other] The 24-hour wait after your last attempt has passed: you may take the renewal assessment again now.
}
reason-retry-after = After { $failed } failed attempts, each new attempt needs 24 hours since the previous one: next attempt from { $next }.
reason-retry-too-late = The next attempt is allowed only from { $next }, which is not before the expiry on { $expires }.
reason-renews-separately = Each certification renews on its own: renewing this one does not renew its prerequisite, and an expired prerequisite does not expire it.

## Problems: why an input is refused

problem-required = is required
problem-wrong-type = must be { $expected }
problem-unknown-field = is not a known field
problem-not-json = is not valid JSON: { $detail }
problem-not-a-date = { $value } is not a date
problem-not-an-instant = { $value } is not an RFC 3339 instant
problem-out-of-range = { $value } is out of the supported range
problem-empty = must not be empty
problem-too-long = is longer than { $max } characters
problem-too-many = has more than { $max } entries
problem-duplicate-id = { $value } is used by more than one holding
problem-unknown-kind = { $value } is not a certification type (role-based, specialty, fundamentals, mos, mta, mcsa, mcsd, mcse, mce, applied-skills)
problem-unknown-certification = { $value } is not in the catalog
problem-not-in-catalog = { $value } is not in the catalog
problem-after-today = { $value } is after today ({ $today })
problem-after-now = { $value } is later than now ({ $now })
problem-earned-after-retirement = { $value } is on or after the retirement date { $retired }: a retired certification can no longer be earned
problem-kind-never-expires = { $kind } credentials do not expire and cannot be renewed
problem-renewal-before-window = { $value } is before the renewal window opened on { $opens } (180 days before the expiry on { $expires })
problem-renewal-before-offered = { $value } is before the renewal assessment was offered ({ $from })
problem-renewal-after-expiry = { $value } is not before the expiry on { $expires }: an expired certification cannot be renewed, it must be earned again
problem-renewal-after-retirement = { $value } is on or after the retirement date { $retired }: a retired certification cannot be renewed
problem-not-a-renewal = { $evidence ->
    [beta-exam] Passing a beta exam does not renew a certification.
    [exam-retake] Retaking the exam does not renew a certification.
   *[other] Passing a newer version of the exam (for example AZ-104 for a certification earned with AZ-103) does not renew a certification.
} Only the free renewal assessment on Microsoft Learn, passed before the expiry date, renews it.
problem-attempt-outside-window = { $value } is outside the renewal window ({ $opens } to the day before { $expires })
problem-attempt-too-soon = { $value } is less than 24 hours after the previous attempt at { $previous }
problem-offset-out-of-range = { $value } is not a whole number of days from 1 to 180
problem-duplicate-offset = { $value } is listed twice
problem-no-catalog-records = holds no certifications or exams (expected a Learn Catalog API response)
problem-cannot-read = cannot read { $file }: { $detail }
problem-usage = { $detail } (see recert --help)
