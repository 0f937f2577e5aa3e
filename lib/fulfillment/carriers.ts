import { z } from "zod";

/** The couriers the village's warehouse hands parcels to (labels in fulfilment.carriers.*). */
export const CARRIERS = ["SF", "JD", "ZTO", "YTO", "EMS", "STO", "YUNDA"] as const;
export type Carrier = (typeof CARRIERS)[number];

/**
 * A courier and the tracking number on its waybill. Waybill numbers of the couriers above are
 * letters and digits (SF1234567890123, 773123456789012, JDVA01234567890); people type them with
 * spaces or in lower case, so both are forgiven.
 */
export const shipmentSchema = z.object({
  carrier: z.enum(CARRIERS, { error: "carrier" }),
  trackingNumber: z
    .string()
    .transform((value) => value.normalize("NFKC").replace(/[\s-]/g, "").toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9]{6,30}$/, { message: "trackingNumber" })),
});

export type ShipmentInput = z.infer<typeof shipmentSchema>;

/** Parcel weight as typed on the packing bench, in grams (a sanity bound far above any parcel). */
export const parcelWeightSchema = z.coerce.number({ error: "weight" }).int({ message: "weight" }).min(1, { message: "weight" }).max(100_000, { message: "weight" });
