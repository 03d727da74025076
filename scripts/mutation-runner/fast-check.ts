/**
 * The project's `fast-check` under the in-process runner (hooks.mjs resolves the tests' imports
 * here): fast-check capped by {@link capFastCheck} (fixed seed, at most 100 cases).
 */
import * as fcModule from "fast-check";
import { capFastCheck } from "./fast-check-cap";

const fc = capFastCheck(fcModule as unknown as typeof import("fast-check"));

export default fc.default;
export const { assert, check, string, property, asyncProperty } = fc;
