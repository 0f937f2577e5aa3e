import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here; generate does not need one. Migrations are applied by
// scripts/db (Prisma's WebAssembly schema engine), so this only serves `prisma generate`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
