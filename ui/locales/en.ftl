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
kind-legacy = Other legacy credential (MCP, Specialist, MCTS, MCPD)
kind-github = GitHub certification
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
reason-renewal-open = Renewal is open: pass the free renewal assessment on Microsoft Learn by the end of { $expires } (UTC) ({ $days ->
    [one] 1 day left
   *[other] { $days } days left
}). Exams and beta exams do not renew a certification.
reason-expired = Expired after { $on }, its last valid day: it can no longer be renewed. Pass the required exam(s) to earn it again.
reason-renewal-offered-from = The renewal assessment for this certification is offered from { $from }.
reason-not-offered-before-expiry = The renewal assessment for this certification is offered only from { $from }, after it expires on { $expires }.
reason-retired = Retired on { $on }: it can no longer be earned or renewed, and stays valid until it expires.
reason-retires-on = Retires on { $on }: renew by then (until 11:59 PM US Central time that day); afterwards it can no longer be earned or renewed.
reason-microsoft-expiry = Microsoft's transcript says it expires on { $microsoft }; from the dates Recert has it would expire on { $computed }. Recert follows Microsoft (a later date means renewals Recert did not see).
reason-replaced-by = Microsoft names { $title } as the certification to earn instead.
reason-retirement-reported = Microsoft has announced that this certification retires on { $on } (reported, not yet confirmed on Microsoft Learn). Nothing changes until it is confirmed.
reason-retirement-reported-passed = Microsoft announced that this certification retired on { $on } (reported, not confirmed on Microsoft Learn). That day has passed: its renewal assessment is most likely gone. Check the certification on Microsoft Learn.
reason-github-two-years = Earned on { $earned }: GitHub certifications are valid for two years, so it expires on { $expires }. There is no renewal assessment: pass the exam again to keep it.
reason-learn-lists-retired = Microsoft Learn lists this credential as retired: it is part of your history.
reason-learn-lists-expired = Microsoft Learn lists this credential as expired.
reason-valid-no-renewal = Valid until { $expires } ({ $days ->
    [one] 1 day
   *[other] { $days } days
} left). It cannot be renewed now.
reason-retry-now = { $failed ->
    [one] One failed attempt: you may take the renewal assessment again right away.
   *[other] The 24-hour wait after your last attempt has passed: you may take the renewal assessment again now.
}
reason-retry-after = After { $failed } failed attempts, each new attempt needs 24 hours since the previous one: next attempt from { $next }.
reason-retry-too-late = The next attempt is allowed only from { $next }, after the last valid day, { $expires }.
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
problem-before-program = { $value } is before Microsoft's certification program began ({ $start })
problem-after-now = { $value } is later than now ({ $now })
problem-earned-after-retirement = { $value } is after the retirement date { $retired }: a retired certification can no longer be earned
problem-kind-never-expires = { $kind } credentials do not expire and cannot be renewed
problem-renewal-before-window = { $value } is before the renewal window opened on { $opens } (180 days before the expiry on { $expires })
problem-renewal-before-offered = { $value } is before the renewal assessment was offered ({ $from })
problem-renewal-after-expiry = { $value } is after the last valid day, { $expires }: an expired certification cannot be renewed, it must be earned again
problem-renewal-after-retirement = { $value } is after the retirement date { $retired }: a retired certification cannot be renewed
problem-not-a-renewal = { $evidence ->
    [beta-exam] Passing a beta exam does not renew a certification.
    [exam-retake] Retaking the exam does not renew a certification.
   *[other] Passing a newer version of the exam (for example AZ-104 for a certification earned with AZ-103) does not renew a certification.
} Only the free renewal assessment on Microsoft Learn, passed before the expiry date, renews it.
problem-attempt-outside-window = { $value } is outside the renewal window ({ $opens } to { $expires })
problem-attempt-too-soon = { $value } is less than 24 hours after the previous attempt at { $previous }
problem-offset-out-of-range = { $value } is not a whole number of days from 1 to 180
problem-duplicate-offset = { $value } is listed twice
problem-no-catalog-records = holds no certifications or exams (expected a Learn Catalog API response)
problem-cannot-read = cannot read { $file }: { $detail }
problem-cannot-open-link = the browser could not be opened for { $value }: { $detail }
problem-cannot-print = the print dialog could not be opened: { $detail }
problem-database-busy = another Recert is working with your data and did not finish within 10 seconds; try again in a moment
problem-not-a-file = { $file } is not a regular file (a device, a folder or a pipe): choose a saved file
problem-file-too-large = { $file } is larger than { $max } MiB: it was not read
problem-bad-id = "{ $value }" is not an id Recert writes: use 1 to 64 letters, digits, "-" or "_"
problem-control-character = contains a control or text-direction character: type it again without it
problem-implausible-expiry = expires on { $value }, which no validity period can give a certification earned on { $earned }: not imported, check it on Microsoft Learn
problem-store-full = Recert keeps at most { $max } certifications, plans and people in all (so that every backup can be restored): remove some first
problem-not-in-recovery = the database is healthy: there is nothing to recover
problem-pause-too-long = pauses reminders until { $value }, longer than the Settings screen allows
problem-usage = { $detail } (see recert --help)
problem-cannot-write = cannot write { $file }: { $detail }
problem-not-an-email = { $value } is not an e-mail address
problem-not-an-mcid = { $value } is not a Microsoft Certification ID (4 to 12 digits, found on your certification dashboard)
problem-need-title-or-certification = choose a certification from the catalog, or give the name of one that is missing
problem-holding-not-found = this certification is no longer in Recert
problem-renewal-not-open = the renewal assessment is not available for this certification today
problem-attempt-not-yet = the next attempt is allowed from { $next } (24 hours after the previous one)
problem-profiles-connected = your profiles are connected, and a connection cannot be changed
problem-profiles-incomplete = save both the certification profile and the Learn profile first
problem-merge-profiles-first = you have more than one certification profile: ask certification support to merge them (https://aka.ms/mcpforum) before connecting
problem-confirm-irreversible = confirm that you understand the connection is permanent
problem-link-not-allowed = { $value } is not a Microsoft Learn address Recert opens
problem-newer-format = this file was written by a newer Recert (format version { $found }); update Recert to import it
problem-not-recert-export = this is not a Recert data file
problem-storage = the database could not be read or written: { $detail }
problem-newer-database = the data was written by a newer Recert (schema { $found }); update Recert to open it

## Form fields

field-certification = Certification
field-custom_title = Name
field-name = Name
field-kind = Kind
field-earned_on = Earned on
field-renewed_on = Renewal date
field-assessment_attempts = Assessment attempt
field-mcid = Certification ID (MCID)
field-legal_name = Legal name
field-contact_email = Contact e-mail
field-account_email = Personal Microsoft account
field-sign_in_email = Learn sign-in e-mail
field-account_type = Account
field-reminder_offsets = Reminder days

## Advice

reason-connect-profiles = Connect your certification profile to your Learn profile to take the renewal assessment.
warning-different-accounts = Your two profiles use different accounts. Microsoft recommends one personal Microsoft account for both the certification profile and the Learn profile.

## App

app-name = Recert
app-tagline = Keeps your Microsoft certifications alive
close-unsaved-title = Close Recert's window?
close-unsaved-body = What you entered in the open form is not saved yet. Recert keeps running in the tray either way.
close-unsaved-discard = Close without saving
skip-to-content = Skip to content
nav-dashboard = Certifications
nav-profiles = Profiles
nav-settings = Settings
action-add = Add certification
action-edit = Edit
action-remove = Remove
action-save = Save
action-cancel = Cancel
action-close = Close
action-renew = Renewal…
action-why = Why?
action-hide-why = Hide details
action-confirm = Confirm
today-is = Today: { $date }

## Dashboard

count-renewal-open = Renewal open
count-active = Active
count-expired = Expired
count-no-expiry = No expiry
empty-title = No certifications yet
empty-lead = Recert tracks when each certification expires, when its free renewal assessment opens, and reminds you in time.
empty-step-import = Import them from Microsoft Learn: on Learn, open your profile, then Transcript, choose “Share link” and paste the link here. Microsoft's own dates come with them.
empty-step-add = Or add a certification by hand, one you hold or one you plan to earn.
empty-step-profiles = Link your certification profile and your Learn profile.
empty-step-renew = Renew for free on Microsoft Learn when the window opens.
card-expires = Expires { $date }
card-valid-until = valid until { $time } your time
card-expired = Expired { $date }
card-days-left = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
card-window-opens = Renewal window opens { $date }
card-renewable-now = Renewable now
card-never-expires = Never expires
card-history = In your history on Microsoft Learn
card-earned = Earned { $date }
card-broken = Check this certification's dates
card-exams = Exams: { $codes }
remove-title = Remove this certification?
remove-confirm = Remove { $title } from Recert? Its dates and renewals are deleted.
open-cert-dashboard = Open the certification dashboard
card-renew-on-learn = Renew on Microsoft Learn

## Add / edit

form-add-title = Add a certification
form-edit-title = Edit certification
form-search = Search the catalog by title or exam code (AZ-104)
form-search-empty = Nothing in the catalog matches. Add it by name below.
form-selected = Selected: { $title }
form-missing = Not in the catalog?
form-missing-lead = Add it by name and choose its kind.
form-date-hint = YYYY-MM-DD, the day you passed the last required exam
form-kind-choose = Choose a kind…
saved = Saved.

## Renewal

renew-title = Renewal: { $title }
renew-pass = I passed the renewal assessment
renew-pass-on = Passed on
renew-evidence = How did you renew?
evidence-assessment = Free renewal assessment on Microsoft Learn
evidence-beta-exam = I passed a beta exam
evidence-exam-retake = I retook the exam
evidence-newer-exam-version = I passed a newer version of the exam
renew-preview = New expiry: { $to } (was { $from })
renew-check = Check
renew-record = Record renewal
renew-recorded = Renewal recorded. New expiry: { $date }.
renew-fail = I failed an attempt just now
renew-fail-recorded = Attempt recorded.
renew-next-attempt = Next attempt allowed from { $when }.
renew-not-open = The renewal window is not open.
renew-rules = Only the free renewal assessment on Microsoft Learn renews a certification, and only before its expiry date. Attempts are unlimited: after a first failure you may retry at once; after the second, wait 24 hours between attempts.

## Profiles

profiles-title = Your Microsoft profiles
profiles-lead = Renewal assessments can only be taken once your certification profile is connected to your Learn profile.
profiles-cert-title = Certification profile
profiles-cert-lead = Holds your certification history. Sign in with a personal Microsoft account.
profiles-learn-title = Learn profile
profiles-learn-lead = Your Microsoft Learn activity. A personal or a work/school account.
account-personal = Personal Microsoft account
account-work-or-school = Work or school account
profiles-several = I have more than one certification profile
profiles-several-stop = One certification profile can be connected to only one Learn profile. Ask certification support to merge your certification profiles first.
profiles-merge-link = Ask certification support to merge them
profiles-connect = Connect profiles
profiles-connect-title = Connect your profiles?
profiles-connect-warning = Connecting is permanent: this certification profile can be connected to only one Learn profile, and the connection cannot be changed afterwards.
profiles-connect-ack = I understand that this cannot be undone
profiles-connected = Connected on { $date }. The connection cannot be changed.
profiles-not-connected = Not connected yet.

## Settings

settings-title = Settings
settings-language = Language
settings-language-system = Same as the system
settings-theme = Theme
theme-system = Same as the system
theme-light = Light
theme-dark = Dark
settings-data = Your data
settings-data-lead = Everything stays on this computer. Export it to back it up or move it to another computer.
settings-export = Export data…
settings-import = Import data…
settings-exported = Exported to { $file }.
import-preview-title = Import this file?
import-preview = { $added } to add, { $updated } to update, { $removed } to remove, { $unchanged } unchanged.
import-plans = Working on: { $added } to add, { $updated } to update, { $removed } to remove.
import-people = People you follow (each with their certifications): { $added } to add, { $updated } to update, { $removed } to remove.
import-profiles-changed = Your profiles will be replaced.
import-settings-changed = Your settings will be replaced.
import-nothing = This file holds exactly what Recert has: nothing to change.
import-apply = Import
import-done = Imported.
settings-catalog = Certification catalog
settings-catalog-info = { $source ->
    [bundled] Bundled snapshot
    [learn] Read from Microsoft Learn
   *[other] Imported catalog
}, { $certifications } certifications, { $exams } exams{ $date ->
    [none] .
   *[other] , as of { $date }.
}
settings-catalog-import = Import a saved Learn Catalog API response…
settings-catalog-imported = Catalog imported.
settings-catalog-check = Check Microsoft Learn for catalog changes
settings-catalog-checking = Reading Microsoft's catalog…
catalog-check-title = Catalog changes from Microsoft Learn
catalog-check-lead = Microsoft lists { $listed } certifications. Applying changes nothing you recorded; certifications Microsoft no longer lists stay in Recert for their holders.
catalog-check-new = New ({ $count })
catalog-check-renamed = Renamed ({ $count })
catalog-check-renamed-line = { $from } → { $to }
catalog-check-unlisted = No longer listed by Microsoft, most likely retired ({ $count })
catalog-check-new-exams = { $count ->
    [one] One new exam.
   *[other] { $count } new exams.
}
catalog-check-apply = Apply the changes
catalog-check-applied = The catalog is up to date with Microsoft Learn.
catalog-check-nothing = Recert's catalog already matches Microsoft's.
problem-not-a-time = { $value } is not a time of day (HH:MM, 00:00 to 23:59)
field-reminder_time = Time of day

## Notifications and tray

notify-window-opens-summary = Renewal open: { $title }
notify-window-opens-body = Pass the free renewal assessment on Microsoft Learn (aka.ms/CertDashboard) by { $deadline } ({ $days ->
    [one] 1 day left
   *[other] { $days } days left
}).
notify-before-expiry-summary = { $title } expires in { $days ->
    [one] 1 day
   *[other] { $days } days
}
notify-before-expiry-body = Renew it for free: pass the renewal assessment on Microsoft Learn (aka.ms/CertDashboard) by { $deadline }.
notify-expired-summary = { $title } has expired
notify-expired-body = Its last valid day was { $deadline }: it can no longer be renewed. Pass the required exam(s) to earn it again.
notify-several-summary = { $count } certifications need attention
notify-line-renew = { $title }: renew by { $deadline }
notify-line-expired = { $title }: expired on { $deadline }
notify-line-more = …and { $count } more on the dashboard
notify-action-open = Open in Recert
notify-close-hint-summary = Recert is still running
notify-close-hint-body = It stays in the tray to remind you in time. Choose Quit in the tray menu to stop it.
banner-no-notifications = Notifications are not available on this system, so Recert shows its reminders here.
tray-open = Open Recert
tray-pause = Pause reminders for a day
tray-resume = Resume reminders
tray-quit = Quit
tray-item-open = { $title }: renew by { $deadline }
tray-item-upcoming = { $title }: reminder on { $date }

## Reminder settings

settings-reminders = Reminders
settings-reminders-lead = Like Microsoft's e-mails: when the renewal window opens, then up to four reminders before expiry, each once.
settings-offsets = Days before expiry
settings-paused = Reminders are paused until { $until }.
settings-pause = Pause for a day
settings-resume = Resume
settings-autostart = Start Recert when I sign in
settings-autostart-hint = At sign-in Recert starts in the tray, without a window: it reminds you from there, and opens when you click a reminder or choose “Open Recert” in the tray menu.
settings-save-reminders = Save reminder settings
card-mute = Mute reminders
card-unmute = Unmute reminders
card-muted = Reminders muted
problem-autostart = start at login could not be changed: { $detail }
problem-recovery-needed = the database is not open: choose what to do on the recovery screen

## Recovery and backups

recovery-title = Recert could not open your data
recovery-damaged = The database is damaged (a file is truncated or unreadable). Nothing has been deleted: the damaged files will be kept aside in the data folder.
recovery-newer = The database was written by a newer version of Recert. Update Recert to open it, or keep it aside and continue with a backup or a fresh start.
recovery-locked = Another program is using the database (perhaps another copy of Recert, or an import from the command line). Close it and try again.
recovery-detail = Details: { $detail }
recovery-folder = Data folder: { $dir }
recovery-backups = Restore a backup
recovery-no-backups = There is no backup to restore.
recovery-restore = Restore this backup
recovery-backup-line = { $date }: { $count ->
    [one] 1 certification
   *[other] { $count } certifications
}
recovery-fresh = Start fresh
recovery-fresh-lead = Start with empty data. The damaged files stay in the data folder.
recovery-retry = Try again
recovery-done = Recert is working again.
settings-backups = Automatic backups
settings-backups-lead = Recert keeps a backup of your data each day, the last seven.
settings-restore = Restore…

## Earning a certification (seed 002)
problem-exam-already-passed = this exam is already passed; it cannot be retaken while the certification is in force
problem-beta-exam-once = a beta exam can be taken only once
problem-sitting-not-after-last = a sitting must come after the previous one ({ $last })
problem-retake-first = after a first failure the exam can be retaken from { $next } (24 hours later)
problem-retake-later = the next attempt is allowed from { $next } (the retake policy's wait between attempts)
problem-retake-yearly-cap = five attempts in 12 months: the next attempt is allowed from { $next }
problem-not-a-date-time = “{ $value }” is not a date and time (YYYY-MM-DD HH:MM)
problem-booking-in-past = { $value } has already passed; a booking must be in the future
problem-result-in-future = the exam at { $value } has not been taken yet
problem-plan-not-found = that plan no longer exists
problem-exam-not-in-plan = “{ $value }” is not one of this certification's exams
problem-plan-exists = you are already working on this certification
problem-already-held = you hold this certification and it is in force: its exams are not retaken
problem-retired-cannot-earn = this certification retired on { $on } and can no longer be earned
problem-no-exams-listed = the catalog lists no exam for this certification
notify-exam-tomorrow-summary = Exam { $code } tomorrow
notify-exam-today-summary = Exam { $code } today
notify-exam-body = { $title }: { $at }. Check your ID and, for an online exam, your system and room.
notify-line-exam = Exam { $code } ({ $title }): { $at }
calendar-name = Recert: certifications
calendar-team-name = Recert: the team’s last days to renew
calendar-team-deadline-summary = { $person }: last day to renew { $title }
calendar-window-summary = Renewal opens: { $title }
calendar-window-description = The free renewal assessment for { $title } is open on Microsoft Learn. Pass it by { $deadline }.
calendar-deadline-summary = Last day to renew: { $title }
calendar-deadline-description = { $title } is valid through { $deadline } (23:59 UTC). Pass the renewal assessment by then, or the exams must be passed again.
calendar-exam-summary = Exam { $code }: { $title }
calendar-exam-description = Exam { $code } for { $title } at { $at } ({ $delivery }).
delivery-online = online (proctored)
delivery-test-centre = test centre
transcript-col-title = Certification
transcript-col-exams = Exams
transcript-col-kind = Kind
transcript-col-earned = Earned
transcript-col-expires = Expires
transcript-col-state = State
transcript-col-number = Certification number
transcript-active = Active
transcript-historical = Historical
transcript-no-expiry = Does not expire
browse-renewal-never = Does not expire: no renewal needed.
browse-renewal-yearly = Valid one year; renew every year for free with an online assessment on Microsoft Learn, in the six months before it expires.
browse-renewal-from = Valid one year; its renewal assessment is offered from { $from }.
role-administrator = Administrator
role-ai-engineer = AI engineer
role-business-user = Business user
role-data-analyst = Data analyst
role-data-engineer = Data engineer
role-data-scientist = Data scientist
role-database-administrator = Database administrator
role-developer = Developer
role-devops-engineer = DevOps engineer
role-functional-consultant = Functional consultant
role-identity-access-admin = Identity and access administrator
role-network-engineer = Network engineer
role-security-engineer = Security engineer
role-security-operations-analyst = Security operations analyst
role-solution-architect = Solution architect
role-support-engineer = Support engineer
level-beginner = Beginner
level-intermediate = Intermediate
level-advanced = Advanced
field-certification_number = Certification number
field-at = Date and time
field-exam = Exam
form-number-hint = Optional: the number on your certificate, for your transcript.
card-number = No. { $number }
empty-add-by-hand = Add by hand
empty-browse = Browse the catalog
saved-to = Saved to { $path }
nav-catalog = Catalog
nav-plans = Working on
nav-timeline = Timeline
nav-transcript = Transcript
browse-title = Certification catalog
browse-lead = Find a certification by role, level, product or kind, see the exams it takes and how it renews, and start working on it.
browse-search = Search the catalog
browse-search-placeholder = Title or exam code, such as AZ-104
browse-filter-role = Role
browse-filter-level = Level
browse-filter-product = Product
browse-filter-kind = Kind
browse-any-role = Any role
browse-any-level = Any level
browse-any-product = Any product
browse-any-kind = Any kind
browse-include-retired = Show retired
browse-clear = Clear filters
browse-total = { $count ->
    [one] 1 certification
   *[other] { $count } certifications
}
browse-no-exams = No exam listed
browse-retired = Retired on { $date }
browse-empty = No certification matches these filters.
browse-languages = Languages: { $list }
browse-back = All certifications
link-study-guide = Study guide
link-practice = Practice assessment
link-sandbox = Exam sandbox
link-register = Schedule the exam
link-certification = Certification page on Microsoft Learn
page-exams-one = The exam to pass
page-exams-several = The { $count } exams to pass (earned the day the last is passed)
page-prerequisites = Prerequisite
page-prerequisites-lead = One of these certifications is required as well.
page-prerequisite-held = you hold it
page-start-plan = I'm working on it
page-planned = You are working on this certification.
page-held = You hold this certification and it is in force.
plan-started = Now working on { $title }.
plans-title = Working on
plans-lead = Certifications you are earning: book each exam, enter its result, and Recert tracks the retake rules. When the last exam is passed, the certification moves to your dashboard.
plans-empty-title = Nothing in progress
plans-empty-lead = Pick a certification in the catalog and choose “I'm working on it”.
plans-browse = Browse the catalog
plan-progress = { $passed } of { $total } passed
plan-started-on = Started { $date }
plan-prerequisite = Also required: { $list }.
plan-open-page = Certification page
plan-remove = Stop working on it
plan-remove-title = Stop working on this certification?
plan-remove-confirm = Stop working on { $title }? Its bookings and results are removed.
plan-earned = Earned { $title } on { $date }. It is on your dashboard now.
exam-planned = Planned: not booked yet.
exam-scheduled = Booked for { $at }, { $delivery }.
exam-scheduled-beta = Beta exam booked for { $at }, { $delivery }.
exam-pending = Result pending: expected in your Learn profile by { $by }.
exam-pending-longer = Result pending: beta exam and Certiport results can take longer than 24 hours.
exam-pending-hint = Results usually appear within minutes, and within 24 hours in your Learn profile.
exam-pending-certiport = Certiport results can take longer to reach your Learn profile.
exam-passed = Passed on { $date }.
exam-failed = Not passed on { $date }.
exam-failed-first-retake = Not passed on { $date }. You can retake it from { $next } (24 hours after a first attempt).
exam-failed-later-retake = Not passed on { $date }. The next attempt is allowed from { $next }.
exam-failed-yearly-cap = Not passed on { $date }. Five attempts in 12 months: the next is allowed from { $next }.
exam-book = Book…
exam-rebook = Change booking…
exam-cancel = Cancel booking
exam-enter-result = Enter result…
booking-title = Book exam { $code }
booking-lead = Book the exam with the exam provider, then enter the time here: Recert reminds you the day before and that morning.
field-date = Date
field-time = Time of day
booking-at-hint = Your local time, as on the booking confirmation.
booking-delivery = Where
booking-beta = Beta exam (taken once; results come later)
booking-rules = Retake policy: 24 hours after a first failure, then 14 days between attempts, at most five attempts in 12 months. A beta exam can be taken once.
booking-rules-mos = Retake policy for Microsoft Office Specialist: 24 hours after a first failure, then 48 hours, with no yearly limit.
booking-saved = Exam booked.
result-title = Result of exam { $code }
result-outcome = Result
result-passed = Passed
result-failed = Not passed
result-at = Taken on
result-hint = Results usually appear within minutes, and within 24 hours in your Learn profile.
timeline-title = Timeline
timeline-table-show = Show as a table
timeline-table-event = Period or event
timeline-lead = Your certifications over the years: when each is valid, when its renewal window is open, renewals and exams.
timeline-empty = Add a certification or start working on one to see it here.
timeline-details-hint = Move the pointer over the picture or Tab through it for details.
timeline-valid = Valid
timeline-window = Renewal window
timeline-renewed = Renewed
timeline-exam = Exam
timeline-today = Today
timeline-detail-valid = { $title }: valid { $from } – { $to } (expires { $expires })
timeline-detail-never = { $title }: earned { $from }, does not expire
timeline-detail-window = { $title }: renewal window { $from } – { $to }
timeline-detail-today = Today, { $date }
timeline-detail-earned = { $title }: earned { $date }
timeline-detail-renewed = { $title }: renewed { $date }
timeline-detail-exam = Exam { $code } ({ $title }): { $at }
timeline-detail-exam-passed = Exam { $code }: passed { $date }
timeline-detail-exam-failed = Exam { $code }: not passed { $date }
calendar-export = Export calendar (.ics)
calendar-export-hint = Renewal windows, last days to renew and booked exams, with alarms. Import it again after changes: events update, they are not duplicated.
transcript-title = Transcript
transcript-lead = Your active and historical certifications, to print (or save as PDF) or to save as CSV.
transcript-of = { $name } · Certification ID { $mcid }
transcript-printed = As of { $date }
transcript-print = Print or save as PDF…
transcript-csv = Save as CSV…
transcript-active-heading = Active ({ $count })
transcript-historical-heading = Historical ({ $count })
transcript-none = None.
dashboard-shown = Showing the { $shown } most urgent of { $total }.
dashboard-show-more = Show { $count } more

## Updates

settings-updates = Updates
settings-updates-lead = Recert can look for new versions, signed by its makers, and install them when you say so. Only the version you run is sent; your certifications never leave this computer.
settings-updates-switch = Look for updates of Recert
update-check = Check now
update-checking = Checking…
update-up-to-date = Recert { $version } is the newest version.
update-available = Recert { $version } is available.
update-install = Install and restart
update-installing = Downloading and verifying…
problem-updates-off = updates are off: turn on "Look for updates of Recert" first
problem-update-unreachable = the update server could not be reached ({ $detail }); check your connection and try again
problem-update-timeout = the update server did not answer within { $seconds } seconds; try again later
problem-update-bad-answer = the update server's answer is not an update Recert can use: { $detail }
problem-update-signature = the update is not signed with Recert's key, so it was not installed; nothing was changed
problem-update-install = the update was verified but could not be installed: { $detail }
problem-update-too-large = the update package is larger than { $max } MiB, more than any Recert package: the download was stopped and nothing was installed
problem-no-update-pending = there is no update to install: check for updates first
problem-updates-not-configured = this build of Recert was made outside the release workflow and names no update server; install a released version to get updates

## Microsoft Learn transcript

transcript-preview = From the transcript: { $added } to add, { $updated } to update, { $unchanged } unchanged.
transcript-not-in-catalog = Not in Recert's catalog, kept by name as { $kind }: { $title } (check it on the dashboard)
transcript-item-skipped = Not imported: { $title } ({ $field }): { $problem }
transcript-plan-exams = Working on { $title }: { $exams } recorded as passed, with the dates from the transcript.
transcript-plan-finished = Working on { $title }: the transcript lists this certification, so it moves to your certifications.
problem-not-a-transcript-link = { $value } is not a shared transcript link: on Microsoft Learn open your profile, Transcript, Share link, and copy the link (https://learn.microsoft.com/…/transcript/…)
problem-transcript-field = is missing or not in the form Recert knows; Microsoft may have changed its transcripts
problem-transcript-not-shared = Microsoft Learn does not share this transcript (the link was never shared, or sharing was turned off): share it again on your Learn profile and copy the new link
problem-catalog-shrunk = Microsoft's answer lists { $listed } certifications where Recert knows { $known } current ones: it looks cut short, so nothing was changed; try again later
problem-catalog-endpoint-gone = Microsoft's catalog address no longer answers (Microsoft announced it would retire it): Recert keeps the catalog it has, and each Recert update brings a newer one
problem-catalog-unreachable = Microsoft's catalog could not be read ({ $detail }); nothing was changed: check your connection and try again
problem-catalog-changed-since-preview = Microsoft's catalog changed since you looked: nothing was applied; check again to see what it changes now
problem-learn-unreachable = Microsoft Learn could not be reached ({ $detail }); check your connection, or import a saved copy of the transcript
problem-learn-timeout = Microsoft Learn did not answer within { $seconds } seconds; try again later, or import a saved copy of the transcript
problem-learn-bad-answer = Microsoft Learn's answer is not a transcript: { $detail }
field-transcript_link = Transcript link
learn-import = Import from Microsoft Learn
learn-import-lead = On Microsoft Learn, open your profile, then Transcript, then Share link, and paste the link here. Recert reads your certifications from Microsoft, with Microsoft's dates. Only this link is sent, and only to learn.microsoft.com.
learn-import-link = Share link of your transcript
learn-import-fetch = Read from Microsoft Learn
learn-import-file = Choose a saved transcript file…
learn-import-reading = Reading your transcript…
learn-import-item-added = New
learn-import-item-updated = Updated
learn-import-item-unchanged = Unchanged
learn-import-not-in-catalog = Not in Recert's catalog: kept by name as { $kind }. Check it after the import.
learn-import-skipped = { $count ->
    [one] 1 item is not imported:
   *[other] { $count } items are not imported:
}
learn-import-profile = Also put the MCID ({ $mcid }) and legal name from the transcript into my certification profile
learn-import-apply = Import
learn-import-done = Imported from Microsoft Learn: { $added } new, { $updated } updated.

## Delete all my data

forget-heading = Delete all my data
forget-hint = Removes your certifications, plans, profiles and settings from this computer, with every backup. Use it before giving the computer away; export your data first if you want to keep it.
forget-open = Delete all my data…
forget-title = Delete all your data?
forget-lead = Recert deletes from { $dir }:
forget-holdings = { $count ->
    [one] 1 certification
   *[other] { $count } certifications
}
forget-plans = { $count ->
    [one] 1 certification you are working on
   *[other] { $count } certifications you are working on
}
forget-people = { $count ->
    [one] 1 person you follow, with their certifications
   *[other] { $count } people you follow, with their certifications
}
forget-profiles = your certification and Learn profiles (MCID, legal name, e-mail addresses)
forget-backups = { $count ->
    [one] 1 daily backup
   *[other] { $count } daily backups
}
forget-set-aside = { $count ->
    [one] 1 damaged database set aside by recovery
   *[other] { $count } damaged databases set aside by recovery
}
forget-irreversible = This cannot be undone. Exported files you saved elsewhere are not touched.
forget-confirm = Delete everything
forget-done = All your data was deleted.
forget-cli-needs-yes = Nothing was deleted: add --yes to delete all of it.

## Team (several people)
nav-team = Team
team-title = Team
team-lead = Who must renew when: your certifications and those of the people you follow. Your own dashboard stays as it is.
team-me = Me
team-whose = { $person }: { $title }
team-add-person = Add a person
team-person-name = Name
team-add-person-title = Add a person
team-rename-title = Rename { $name }
team-filter-person = Person
team-filter-everyone = Everyone
team-filter-query = Certification
team-filter-query-placeholder = Title or exam code
team-filter-product = Product
team-any-product = Any product
team-clear = Clear filters
bucket-renewal-open = Renewal open now
bucket-within-30 = Expires within 30 days
bucket-within-60 = Expires in 31–60 days
bucket-within-90 = Expires in 61–90 days
bucket-expired-recently = Expired in the last 90 days
bucket-working-on = Working on
team-bucket-empty = Nobody
team-entry-expires = expires { $date } · { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
team-entry-expired = expired { $date }
team-entry-started = started { $date }
team-people = People
team-people-empty = Nobody yet: add the people whose certifications you follow.
team-person-counts = { $holdings ->
    [one] 1 certification
   *[other] { $holdings } certifications
} · { $plans } working on
team-remind = Remind me about their renewals
team-open-person = Certifications
team-rename = Rename
team-remove-person = Remove person
team-remove-title = Remove { $name }?
team-remove-confirm = { $name } is removed with { $count ->
    [one] 1 certification
   *[other] { $count } certifications
}, all at once. Daily backups keep them until they rotate out.
team-person-add = Add a certification
team-person-empty = No certifications yet.
team-back = Back to the team
team-saved-person = { $name } was added.
team-removed-person = { $name } was removed.
problem-person-not-found = this person is no longer in Recert
problem-no-such-person = Recert follows nobody called { $value }
problem-several-people-named = { $value } names more than one person you follow: use their id instead ({ $ids })
problem-name-taken = "{ $value }" is already the name of someone in your team view: choose another, so calendars and reminders say who is who
team-col-person = Person
team-col-status = Status
team-col-days-left = Days left
team-export-csv = Save status as CSV…
team-export-csv-hint = Everyone’s certifications with status, expiry and days left, for a spreadsheet.
team-export-calendar = Export calendar (.ics)
team-export-calendar-hint = Everyone’s last days to renew in one calendar, whose in each event.
team-link = Share link of their Learn transcript
team-link-hint = Only this link is sent, and only to learn.microsoft.com, when you refresh.
team-link-save = Save link
team-link-saved = Link saved.
team-refresh = Refresh from Microsoft Learn
team-refresh-all = Refresh all
team-refresh-title = Refresh from Microsoft Learn
team-refresh-reading = Reading { $name }’s transcript ({ $done } of { $total })…
team-refresh-read = Read { $done } of { $total } transcripts. Apply the changes below?
team-refresh-failed = not refreshed: { $error }
team-refresh-apply = Apply changes
team-refresh-nothing = Nothing to change.
team-refresh-done = { $count ->
    [one] 1 person updated.
   *[other] { $count } people updated.
}
team-show-all = Show all { $count }

## Keeping in step with Microsoft Learn
sync-title = Microsoft Learn
sync-switch = Keep in step with Microsoft Learn by itself
sync-hint = Once a day, Recert reads your shared transcript link and your team's again: a renewal done on Learn ends its reminders, a new certification appears. Only learn.microsoft.com is asked; off until you turn it on.
sync-own-link = Your transcript's share link
sync-save-link = Save link
sync-read-now = Read now
sync-reading = Reading Microsoft Learn…
sync-no-links = No link yet: import your transcript by its share link, or paste it above; add your team's on the Team screen.
sync-never-read = not read yet
sync-read-days = { $days ->
    [0] read today
    [one] read 1 day ago
   *[other] read { $days } days ago
}
sync-changed = last change { $time }: { $added } added, { $updated } updated
sync-not-shared = Microsoft Learn no longer shares this transcript
sync-dashboard = Microsoft Learn: { $status }
sync-not-shared-notice = Microsoft Learn no longer shares { $who }'s transcript: Recert keeps what it has and stops changing it.
sync-cli-read = { $who }: read; { $added } added, { $updated } updated
sync-cli-failed = { $who }: not read this time ({ $problem }); Recert tries again later
