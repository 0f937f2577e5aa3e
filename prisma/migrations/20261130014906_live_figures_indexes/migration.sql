-- CreateIndex
CREATE INDEX "OrderLine_liveSessionId_idx" ON "OrderLine"("liveSessionId");

-- CreateIndex
CREATE INDEX "SettlementLine_orderLineId_idx" ON "SettlementLine"("orderLineId");
