import type { PrismaClient } from "@/lib/db/generated/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Identifier } from "./identifier";
import { hashPassword, verifyPassword } from "./password";

export type RegisterError = "identifier.taken";

function whereIdentifier(identifier: Identifier): Prisma.UserWhereUniqueInput {
  return identifier.kind === "email" ? { email: identifier.email } : { phone: identifier.phone };
}

/** Creates a shopper account. Fails (without writing) when the email or number is taken. */
export async function registerShopper(
  db: PrismaClient,
  input: { name: string; identifier: Identifier; password: string },
): Promise<{ ok: true; userId: string } | { ok: false; error: RegisterError }> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: {
        name: input.name,
        email: input.identifier.kind === "email" ? input.identifier.email : null,
        phone: input.identifier.kind === "phone" ? input.identifier.phone : null,
        passwordHash,
        role: "SHOPPER",
      },
      select: { id: true },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, error: "identifier.taken" };
    throw error;
  }
}

// Verifying against a fixed hash when the account does not exist keeps the answer's timing the
// same, so sign-in does not reveal which emails and numbers have accounts.
let decoyHash: Promise<string> | undefined;

/** The user a sign-in names, if the password is right and the account is enabled. */
export async function verifyCredentials(db: PrismaClient, identifier: Identifier, password: string): Promise<{ id: string } | null> {
  const user = await db.user.findUnique({ where: whereIdentifier(identifier), select: { id: true, passwordHash: true, disabled: true } });
  if (!user?.passwordHash) {
    decoyHash ??= hashPassword("decoy password");
    await verifyPassword(password, await decoyHash);
    return null;
  }
  const valid = await verifyPassword(password, user.passwordHash);
  return valid && !user.disabled ? { id: user.id } : null;
}

export type ChangePasswordError = "password.wrongCurrent";

/** Changes a password; every session issued before now stops working (sessionsValidFrom). */
export async function changePassword(
  db: PrismaClient,
  input: { userId: string; currentPassword: string; newPassword: string },
): Promise<{ ok: true } | { ok: false; error: ChangePasswordError }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) return { ok: false, error: "password.wrongCurrent" };
  await db.user.update({
    where: { id: input.userId },
    data: { passwordHash: await hashPassword(input.newPassword), sessionsValidFrom: new Date() },
  });
  return { ok: true };
}
