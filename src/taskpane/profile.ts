/** The user's role in the pane, remembered per user (localStorage of the add-in's origin). */
export type Profile = "verwaltung" | "teilhabebeirat" | "lesen";

export const PROFILE_LABEL: Record<Profile, string> = {
  verwaltung: "Verwaltung",
  teilhabebeirat: "Teilhabebeirat",
  lesen: "nur lesen",
};

const STORAGE_KEY = "beschlussreif.profile";

function isProfile(value: unknown): value is Profile {
  return typeof value === "string" && value in PROFILE_LABEL;
}

export function loadProfile(storage: Pick<Storage, "getItem"> | null): Profile {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    return isProfile(stored) ? stored : "verwaltung";
  } catch {
    // Storage can be disabled (private mode, policies): the default role is safe.
    return "verwaltung";
  }
}

export function saveProfile(storage: Pick<Storage, "setItem"> | null, profile: Profile): void {
  try {
    storage?.setItem(STORAGE_KEY, profile);
  } catch {
    // Not remembered this time; the choice still applies to the open pane.
  }
}
