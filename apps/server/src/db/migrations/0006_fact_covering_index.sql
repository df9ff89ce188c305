DROP INDEX "fact_kind_date_idx";--> statement-breakpoint
CREATE INDEX "fact_kind_date_idx" ON "fact" USING btree ("kind","on_date","org_node_id");