// SPDX-FileCopyrightText: 2026 The Stamp developers
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Public keys made once with openssl (genrsa N | rsa -pubout -outform DER |
// base64; the PKCS#1 one with -RSAPublicKey_out; ed25519 from genpkey, the
// last 32 bytes of the DER), pasted here so the tests need no openssl.
namespace stamp::test::dkimkeys {
inline const char rsa512[] = "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAKjjmDW5Ir4KBWI2T11fvZjR+"
                             "yBqLObNh36aSltnceRfylay7DNstqv+hs+5heQ3fxOhIjTKCl1Pcc43EZIDs8kCAwEAAQ==";
inline const char rsa1024[]
    = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDu5qiGcGDWR45JT0STcYNx/H+N+lpP1upRM5ypdiIs8Aw/"
      "MynSqAzwnKGFd2mAH01om6JPznXH9Tpk1v3z3ujh8CnhPZ2UO/"
      "9L1MLCoqltB3fIB0Is6nje1J45d99s5nRvenh1vn4BMcLeZZMLYinU9h1hG/ep8vRkdnJPIuBDMwIDAQAB";
inline const char rsa2048[]
    = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA74CaiwdNY68Pl0W/"
      "dUm1x8j9mya81K0t45qG1lVrDjdn6C+3seAdTKWjpzzokU6aEtKmvyUNHHsfgbYpB/"
      "KWNnBjPeweOQgq8Q5ckFYeaM9YzVIx5seIUCJ3ouVkKzJ7qWsCYhOg8eTxdJp44uwQH42WpVzd/"
      "jHXoX3fgiDTvImgoNY4cwozKcAbnnSJX+pDIgxylYcdp+hv3VpUuvQtEHVaFjafMi4pMH9WV+NwbscIW12TjJ/"
      "dqHyGcdvcdHx0nhM9UDTnFS0qiQgmTHeQ+Ocz6HdTvldQ2fT+qJHSGJ9qVOXSGNLkhp8vKN73D/aVewNxAAQobyvFE/"
      "jdNUSJoQIDAQAB";
inline const char rsa2048Pkcs1[]
    = "MIIBCgKCAQEA5YE3LON8a0801HX8TY7dNWjYjC56k9nH33P2Sopd2ug7jAnr5z/BAG3Pg6wKxwyyvY4tYrQIJDgN/"
      "oq9SB0KV2abGtqW52AhxD//"
      "c4inhHMWljzs1LoB5sI3ur17wn9VnwjytUJKLTk8diXAAkskasdY1foMWqSKXh2fCFIedxiJTxuyb6HnRDErH0CGGONYUnW/"
      "oQAYh39muBg1LXC+Mup/JLXq6xDHljZxlvIjDIyXtMwIDsgREUE7zNFMM/"
      "4ClSmQk1SjEfV0QHAzl6bYHDckmL+HnskHsA8BXkP1zLc6VKg/tS/dEFHE4pdaHy+HAw6CoJiRAz2x2dpdlatWRQIDAQAB";
inline const char ed25519[] = "sxaJ5hskkpasV1JFPZUBZPCw0VvfGpLZunAnzbMwr0M=";
} // namespace stamp::test::dkimkeys
