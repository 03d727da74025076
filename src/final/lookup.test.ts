import { describe, expect, it } from "vitest";
import { henan2024, shanghai } from "../templates";
import { lookupProfile, lookupTemplate } from "./lookup";
import { finalProfile } from "./profile";
import { final2024 } from "./template";

describe("lookupTemplate / lookupProfile", () => {
  it("resolve the 决算 template and its profile, and the budget ones as before", () => {
    expect(lookupTemplate("final2024")).toBe(final2024);
    expect(lookupTemplate("henan2024")).toBe(henan2024);
    expect(lookupTemplate("final")).toBeUndefined();
    expect(lookupProfile(final2024)).toBe(finalProfile);
    expect(lookupProfile(shanghai).id).toBe("shanghai");
    expect(lookupProfile({ ...final2024, id: "myFinal" })).toBe(finalProfile);
  });
});
