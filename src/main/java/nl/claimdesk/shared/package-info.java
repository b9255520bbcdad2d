/** Value types shared by every module. Holds no behaviour that touches the outside world. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.claimdesk.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
