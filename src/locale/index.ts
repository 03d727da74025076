export type { Locale, Localized } from "./locale";
