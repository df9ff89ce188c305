DROP INDEX "fact_org_kind_idx";--> statement-breakpoint
CREATE INDEX "fact_org_kind_idx" ON "fact" USING btree ("org_node_id","kind","on_date","source_id");