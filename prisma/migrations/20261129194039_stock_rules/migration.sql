-- Rules prisma/schema.prisma cannot express, written by hand. Prisma's differ does not model
-- CHECK constraints, functions or triggers, so they do not show up in `npm run db:check`, and
-- the schema must not try to repeat them. Change them only in a new migration.

-- Stock never goes below zero and never more is reserved than is on hand, so for every SKU and
-- warehouse available = onHand - reserved >= 0, whatever code (or person) writes the row.
ALTER TABLE "StockLevel"
  ADD CONSTRAINT "StockLevel_onHand_nonnegative" CHECK ("onHand" >= 0),
  ADD CONSTRAINT "StockLevel_reserved_nonnegative" CHECK ("reserved" >= 0),
  ADD CONSTRAINT "StockLevel_reserved_within_onHand" CHECK ("reserved" <= "onHand");

ALTER TABLE "BinStock"
  ADD CONSTRAINT "BinStock_quantity_nonnegative" CHECK ("quantity" >= 0);

-- Prices are whole fen and never negative; a struck-through "compare at" price is above the price;
-- shipping weights and set counts are real quantities.
ALTER TABLE "Variant"
  ADD CONSTRAINT "Variant_priceFen_nonnegative" CHECK ("priceFen" >= 0),
  ADD CONSTRAINT "Variant_weightGrams_positive" CHECK ("weightGrams" > 0),
  ADD CONSTRAINT "Variant_setCount_positive" CHECK ("setCount" >= 1),
  ADD CONSTRAINT "Variant_compareAtFen_not_below_price" CHECK ("compareAtFen" IS NULL OR "compareAtFen" >= "priceFen");

-- The product's price range (a read model of its variants' prices) is a real range.
ALTER TABLE "Product"
  ADD CONSTRAINT "Product_priceMinFen_nonnegative" CHECK ("priceMinFen" >= 0),
  ADD CONSTRAINT "Product_priceRange_ordered" CHECK ("priceMaxFen" >= "priceMinFen");

-- The stock ledger is append-only: a mistake is corrected by a new, opposite movement, never by
-- rewriting history. The error is raised with the default SQLSTATE (P0001) so that Prisma passes
-- its message through unchanged. (TRUNCATE, an owner's tool for wiping a database, is not blocked.)
CREATE FUNCTION "StockMovement_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'StockMovement is an append-only ledger: % is not allowed', TG_OP
    USING HINT = 'Record a correcting movement instead.';
END;
$$;

CREATE TRIGGER "StockMovement_append_only"
  BEFORE UPDATE OR DELETE ON "StockMovement"
  FOR EACH ROW EXECUTE FUNCTION "StockMovement_refuse_change"();
