import { describe, expect, it } from "vitest";
import { dateToVillageLocal, villageLocalToDate } from "./village-time";

describe("village time for the schedule form", () => {
  it("reads a datetime-local value as Asia/Shanghai", () => {
    expect(villageLocalToDate("2026-12-01T20:00")?.toISOString()).toBe("2026-12-01T12:00:00.000Z");
    expect(villageLocalToDate("2027-01-01T03:30")?.toISOString()).toBe("2026-12-31T19:30:00.000Z");
  });

  it("refuses what is not a calendar time", () => {
    for (const value of ["", "2026-02-30T20:00", "2026-12-01 20:00", "2026-12-01T24:00", "tomorrow"]) expect(villageLocalToDate(value), value).toBeNull();
  });

  it("writes an instant back as the same local value", () => {
    const date = new Date("2026-06-30T16:05:00Z");
    expect(dateToVillageLocal(date)).toBe("2026-07-01T00:05");
    expect(villageLocalToDate(dateToVillageLocal(date))?.getTime()).toBe(date.getTime());
  });
});
