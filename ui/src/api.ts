// The one typed door to the Rust side. Every command's arguments and result are the types
// generated from Rust (./bindings); a failure always arrives as a CommandError {kind, message}.
import { invoke } from "@tauri-apps/api/core";
import type { AppError } from "./bindings/AppError";
import type { BackupInfo } from "./bindings/BackupInfo";
import type { Boot } from "./bindings/Boot";
import type { CatalogEntry } from "./bindings/CatalogEntry";
import type { CatalogInfo } from "./bindings/CatalogInfo";
import type { CertificationProfileInput } from "./bindings/CertificationProfileInput";
import type { Dashboard } from "./bindings/Dashboard";
import type { FirstScreen } from "./bindings/FirstScreen";
import type { Focus } from "./bindings/Focus";
import type { ForgetPreview } from "./bindings/ForgetPreview";
import type { ErrorKind } from "./bindings/ErrorKind";
import type { HoldingInput } from "./bindings/HoldingInput";
import type { HoldingView } from "./bindings/HoldingView";
import type { ImportPreview } from "./bindings/ImportPreview";
import type { LearnProfileInput } from "./bindings/LearnProfileInput";
import type { ProfilesView } from "./bindings/ProfilesView";
import type { RenewalEvidence } from "./bindings/RenewalEvidence";
import type { RenewalPreview } from "./bindings/RenewalPreview";
import type { Notice } from "./bindings/Notice";
import type { Settings } from "./bindings/Settings";
import type { TrayModel } from "./bindings/TrayModel";
import type { BookingInput } from "./bindings/BookingInput";
import type { BrowseFilter } from "./bindings/BrowseFilter";
import type { BrowseResult } from "./bindings/BrowseResult";
import type { CertificationPage } from "./bindings/CertificationPage";
import type { PlanView } from "./bindings/PlanView";
import type { ResultInput } from "./bindings/ResultInput";
import type { ResultOutcome } from "./bindings/ResultOutcome";
import type { Timeline } from "./bindings/Timeline";
import type { Transcript } from "./bindings/Transcript";
import type { UpdateStatus } from "./bindings/UpdateStatus";
import type { TranscriptPreview } from "./bindings/TranscriptPreview";

type None = Record<string, never>;

/** Command name → arguments (camelCase, as Tauri expects) and result. */
export interface Commands {
  init: { args: { osLocale: string }; result: Boot };
  get_dashboard: { args: { limit: number | null; focus: string | null }; result: Dashboard };
  search_catalog: { args: { query: string }; result: CatalogEntry[] };
  add_holding: { args: { input: HoldingInput }; result: HoldingView };
  update_holding: { args: { id: string; input: HoldingInput }; result: HoldingView };
  remove_holding: { args: { id: string }; result: null };
  preview_renewal: { args: { id: string; on: string; evidence: RenewalEvidence }; result: RenewalPreview };
  record_renewal: { args: { id: string; on: string; evidence: RenewalEvidence }; result: HoldingView };
  record_failed_attempt: { args: { id: string }; result: HoldingView };
  get_profiles: { args: None; result: ProfilesView };
  save_certification_profile: { args: { input: CertificationProfileInput }; result: ProfilesView };
  save_learn_profile: { args: { input: LearnProfileInput }; result: ProfilesView };
  set_several_profiles: { args: { several: boolean }; result: ProfilesView };
  connect_profiles: { args: { confirmed: boolean }; result: ProfilesView };
  get_settings: { args: None; result: Settings };
  set_settings: { args: { settings: Settings }; result: Settings };
  open_link: { args: { url: string }; result: null };
  export_data: { args: None; result: string | null };
  import_data_preview: { args: None; result: ImportPreview | null };
  import_data_apply: { args: None; result: ImportPreview };
  import_catalog: { args: None; result: CatalogInfo | null };
  set_paused: { args: { paused: boolean }; result: null };
  set_muted: { args: { id: string; muted: boolean }; result: null };
  set_autostart: { args: { enabled: boolean }; result: Settings };
  get_tray_model: { args: None; result: TrayModel | null };
  take_banners: { args: None; result: Notice[] };
  take_focus_request: { args: None; result: Focus | null };
  list_backups: { args: None; result: BackupInfo[] };
  preview_backup: { args: { file: string }; result: ImportPreview };
  recovery_restore: { args: { file: string }; result: null };
  recovery_start_fresh: { args: None; result: null };
  recovery_retry: { args: None; result: null };
  export_calendar: { args: None; result: string | null };
  export_transcript_csv: { args: None; result: string | null };
  print_page: { args: None; result: null };
  browse_catalog: { args: { filter: BrowseFilter }; result: BrowseResult };
  get_certification_page: { args: { uid: string }; result: CertificationPage };
  get_plans: { args: None; result: PlanView[] };
  start_plan: { args: { certification: string }; result: PlanView };
  remove_plan: { args: { id: string }; result: null };
  book_exam: { args: { planId: string; input: BookingInput }; result: PlanView };
  cancel_booking: { args: { planId: string; exam: string }; result: PlanView };
  record_exam_result: { args: { planId: string; input: ResultInput }; result: ResultOutcome };
  get_timeline: { args: None; result: Timeline };
  get_transcript: { args: None; result: Transcript };
  report_painted: { args: None; result: null };
  first_screen: { args: { osLocale: string; limit: number }; result: FirstScreen };
  check_for_update: { args: None; result: UpdateStatus };
  install_update: { args: None; result: null };
  preview_transcript_link: { args: { link: string }; result: TranscriptPreview };
  preview_transcript_file: { args: None; result: TranscriptPreview | null };
  apply_transcript: { args: { fillProfile: boolean }; result: TranscriptPreview };
  forget_preview: { args: None; result: ForgetPreview };
  forget_all: { args: { confirmed: boolean }; result: null };
}

export class CommandError extends Error {
  readonly kind: ErrorKind | "internal";
  constructor(kind: ErrorKind | "internal", message: string) {
    super(message);
    this.kind = kind;
  }
}

function isAppError(e: unknown): e is AppError {
  return typeof e === "object" && e !== null && "kind" in e && "message" in e;
}

export async function call<K extends keyof Commands>(name: K, args: Commands[K]["args"]): Promise<Commands[K]["result"]> {
  try {
    return await invoke<Commands[K]["result"]>(name, args);
  } catch (e) {
    if (isAppError(e)) throw new CommandError(e.kind, e.message);
    // Tauri's own failures (an argument it could not deserialize) are strings.
    throw new CommandError("internal", String(e));
  }
}
