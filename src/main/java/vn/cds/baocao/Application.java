package vn.cds.baocao;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://cds/styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (Commands.handles(args)) {
            System.exit(Commands.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
