package nl.afsluitwijzer.practice;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads a user for signing in. A disabled user is treated as unknown, so that the answer and the time it
 * takes (a password hash is computed either way) are the same as for a name that does not exist.
 */
@Service
class UserAccountDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final SecondFactors secondFactors;

    UserAccountDetailsService(UserAccountRepository users, SecondFactors secondFactors) {
        this.users = users;
        this.secondFactors = secondFactors;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .filter(UserAccount::isEnabled)
                .map(account -> new SignedInUser(account, secondFactors.isEnrolled(account.getId())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
