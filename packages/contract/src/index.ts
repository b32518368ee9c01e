export * from "./auth";
export * from "./catalog";
export * from "./challenges";
export * from "./errors";
export * from "./problems";
export * from "./quota";
export * from "./stats";
export * from "./users";
