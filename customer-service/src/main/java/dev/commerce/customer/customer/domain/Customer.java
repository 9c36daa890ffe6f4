package dev.commerce.customer.customer.domain;

/** A customer as other services see it: profile, Kakao link and the current state of the points account. */
public record Customer(long id, String username, String name, String email, String phone, String kakaoUserKey,
                       Grade grade, long points) {
}
